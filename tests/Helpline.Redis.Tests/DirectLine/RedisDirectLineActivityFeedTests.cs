using Helpline.Channels.DirectLine;
using Helpline.Core.Schema;
using Helpline.Redis.DirectLine;
using Helpline.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Helpline.Redis.Tests.DirectLine;

[Collection(RedisCollection.Name)]
public sealed class RedisDirectLineActivityFeedTests(RedisServer redis)
{
    private readonly RedisKeys _keys = new(RedisServer.UniquePrefix(nameof(RedisDirectLineActivityFeedTests)));

    private RedisDirectLineActivityFeed Instance(IConnectionMultiplexer connection) =>
        new(connection, _keys, new InMemoryDirectLineActivityFeed(NullLogger<InMemoryDirectLineActivityFeed>.Instance),
            NullLogger<RedisDirectLineActivityFeed>.Instance);

    [Fact]
    public async Task AnEventPublishedOnOneInstanceReachesTheStreamHeldByAnother()
    {
        await using var second = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var publisher = Instance(redis.Connection);
        var holder = Instance(second);
        var received = new TaskCompletionSource<DirectLineFeedEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        var other = new List<DirectLineFeedEvent>();
        using var subscription = holder.Subscribe("conv-a", e => { received.TrySetResult(e); return Task.CompletedTask; });
        using var elsewhere = holder.Subscribe("conv-b", e => { lock (other) other.Add(e); return Task.CompletedTask; });
        await holder.EnsureSubscribedAsync();

        var typing = new Activity { Type = ActivityTypes.Typing, Id = "conv-a|typing" };
        await publisher.PublishAsync(new DirectLineFeedEvent("conv-a", 7, typing), CancellationToken.None);

        var got = await received.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("conv-a", got.ConversationId);
        Assert.Equal(7, got.Watermark);
        Assert.Equal(ActivityTypes.Typing, got.Ephemeral!.Type);
        lock (other) Assert.Empty(other);
    }

    [Fact]
    public async Task AfterTheStreamIsGoneNothingIsDeliveredToIt()
    {
        var feed = Instance(redis.Connection);
        var count = 0;
        var subscription = feed.Subscribe("conv-c", _ => { Interlocked.Increment(ref count); return Task.CompletedTask; });
        await feed.EnsureSubscribedAsync();
        await feed.PublishAsync(new DirectLineFeedEvent("conv-c", 1), CancellationToken.None);
        await WaitUntilAsync(() => Volatile.Read(ref count) == 1);

        subscription.Dispose();
        await feed.PublishAsync(new DirectLineFeedEvent("conv-c", 2), CancellationToken.None);
        await feed.PublishAsync(new DirectLineFeedEvent("conv-c", 3), CancellationToken.None);
        // A marker on another conversation proves the later events were processed before we look.
        var marker = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var markerSubscription = feed.Subscribe("conv-marker", _ => { marker.TrySetResult(); return Task.CompletedTask; });
        await feed.PublishAsync(new DirectLineFeedEvent("conv-marker", 1), CancellationToken.None);
        await marker.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(1, Volatile.Read(ref count));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition()) await Task.Delay(20, timeout.Token);
    }
}
