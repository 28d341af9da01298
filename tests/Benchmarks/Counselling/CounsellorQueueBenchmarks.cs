using BenchmarkDotNet.Attributes;
using Helpline.Core.Counselling;
using Helpline.Core.Counselling.InMemory;
using Helpline.Redis;
using Helpline.Redis.Counselling;
using Helpline.Testing;
using Microsoft.Extensions.Options;

namespace Benchmarks.Counselling;

/// <summary>
/// One ticket's life (enqueue, claim next, close) and a position query with a queue of
/// <see cref="Waiting"/> tickets, on a local redis-server (append-only off) and in memory.
/// </summary>
[MemoryDiagnoser]
public class CounsellorQueueBenchmarks
{
    private RedisServer? _server;
    private RedisCounsellorQueue _redis = null!;
    private InMemoryCounsellorQueue _memory = null!;
    private string _lastRedis = "", _lastMemory = "";
    private int _n;

    [Params(100)]
    public int Waiting { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _server = new RedisServer();
        _server.StartAsync().GetAwaiter().GetResult();
        var options = Options.Create(new CounsellorQueueOptions());
        _redis = new RedisCounsellorQueue(_server.Connection, new RedisKeys("bench:"), options, TimeProvider.System);
        _memory = new InMemoryCounsellorQueue(new InMemoryCounsellingStore(options, TimeProvider.System));
        for (var i = 0; i < Waiting; i++)
        {
            // P3 tickets that stay waiting; the measured tickets are P1 so they are served first.
            _lastRedis = _redis.EnqueueAsync(Request("waiting-" + i, TicketPriority.P3), default).GetAwaiter().GetResult().Ticket.Id;
            _lastMemory = _memory.EnqueueAsync(Request("waiting-" + i, TicketPriority.P3), default).GetAwaiter().GetResult().Ticket.Id;
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _server?.DisposeAsync().GetAwaiter().GetResult();

    [Benchmark]
    public Task<TicketChange> RedisEnqueueClaimClose() => LifeAsync(_redis);

    [Benchmark]
    public Task<TicketChange> InMemoryEnqueueClaimClose() => LifeAsync(_memory);

    [Benchmark]
    public Task<QueuePosition?> RedisPositionOfTheLastWaiting() => _redis.GetPositionAsync(_lastRedis, default);

    [Benchmark]
    public Task<QueuePosition?> InMemoryPositionOfTheLastWaiting() => _memory.GetPositionAsync(_lastMemory, default);

    private async Task<TicketChange> LifeAsync(ICounsellorQueue queue)
    {
        var n = Interlocked.Increment(ref _n);
        await queue.EnqueueAsync(Request("life-" + n, TicketPriority.P1), default);
        var ticket = await queue.ClaimNextAsync("maria", default);
        return await queue.CloseAsync(ticket!.Id, "maria", TicketOutcome.AdviceGiven, default);
    }

    private static TicketRequest Request(string name, TicketPriority priority) =>
        new(new TicketConversation("directline", name, "user-" + name), priority, "en", null, []);
}
