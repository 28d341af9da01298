using System.Text.Json;
using System.Text.Json.Serialization;
using Helpline.Channels.DirectLine;
using Helpline.Core.Schema;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Helpline.Redis.DirectLine;

/// <summary>
/// The activity feed between instances: events are published on one Redis channel; every instance
/// subscribes once and hands each event to the streams it holds (<see cref="InMemoryDirectLineActivityFeed"/>).
/// </summary>
public sealed class RedisDirectLineActivityFeed : IDirectLineActivityFeed
{
    private readonly IConnectionMultiplexer _redis;
    private readonly RedisKeys _keys;
    private readonly InMemoryDirectLineActivityFeed _local;
    private readonly ILogger<RedisDirectLineActivityFeed> _logger;
    private readonly Lazy<Task> _subscribed;

    public RedisDirectLineActivityFeed(IConnectionMultiplexer redis, RedisKeys keys, InMemoryDirectLineActivityFeed local, ILogger<RedisDirectLineActivityFeed> logger)
    {
        _redis = redis;
        _keys = keys;
        _local = local;
        _logger = logger;
        _subscribed = new Lazy<Task>(SubscribeOnceAsync);
    }

    public async Task PublishAsync(DirectLineFeedEvent feedEvent, CancellationToken cancellationToken)
    {
        var message = JsonSerializer.Serialize(new FeedMessage(feedEvent.ConversationId, feedEvent.Watermark, feedEvent.Ephemeral), ActivityJson.Options);
        await _redis.GetSubscriber().PublishAsync(_keys.DirectLineFeed, message).ConfigureAwait(false);
    }

    public IDisposable Subscribe(string conversationId, Func<DirectLineFeedEvent, Task> handler)
    {
        var subscription = _local.Subscribe(conversationId, handler);
        _ = _subscribed.Value;
        return subscription;
    }

    /// <summary>Subscribes this instance to the channel (done on the first stream; tests await it).</summary>
    public Task EnsureSubscribedAsync() => _subscribed.Value;

    private Task SubscribeOnceAsync() =>
        _redis.GetSubscriber().SubscribeAsync(_keys.DirectLineFeed, (channel, value) =>
        {
            try
            {
                var message = JsonSerializer.Deserialize<FeedMessage>((string)value!, ActivityJson.Options);
                if (message is null || !_local.HasSubscribers(message.C)) return;
                _ = _local.DeliverAsync(new DirectLineFeedEvent(message.C, message.W, message.E));
            }
            catch (JsonException ex)
            {
                _logger.LogWarning(ex, "An unreadable Direct Line feed message was ignored.");
            }
        });

    private sealed record FeedMessage(
        [property: JsonPropertyName("c")] string C,
        [property: JsonPropertyName("w")] long W,
        [property: JsonPropertyName("e")] Activity? E);
}
