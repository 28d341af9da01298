using BenchmarkDotNet.Attributes;
using Helpline.Channels.DirectLine;
using Helpline.Core.Schema;
using Helpline.Redis;
using Helpline.Redis.DirectLine;
using Helpline.Testing;
using Microsoft.Extensions.Options;

namespace Benchmarks.DirectLine;

/// <summary>
/// What every Direct Line request pays: checking its token; and what every message costs in storage:
/// append one activity and read what came after the client's watermark, in memory and on a local redis-server.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class DirectLineBenchmarks
{
    private RedisServer? _server;
    private DirectLineTokenService _tokens = null!;
    private string _token = "";
    private IDirectLineStore _memory = null!;
    private IDirectLineStore _redis = null!;
    private readonly Activity _message = Activity.CreateMessageActivity("Am primit o ofertă de muncă în Germania, fără contract.");
    private long _memoryWatermark, _redisWatermark;

    [GlobalSetup]
    public void Setup()
    {
        var options = Options.Create(new DirectLineOptions { Secret = "benchmark-site-secret-0123456789", MaxActivitiesPerConversation = 100_000_000 });
        _tokens = new DirectLineTokenService(options, TimeProvider.System);
        _token = _tokens.Issue(DirectLineIds.NewConversationId(), DirectLineIds.NewUserId()).Token;
        _server = new RedisServer();
        _server.StartAsync().GetAwaiter().GetResult();
        _memory = new InMemoryDirectLineStore(options, TimeProvider.System);
        _redis = new RedisDirectLineStore(_server.Connection, new RedisKeys("bench:"), options);
        foreach (var store in new[] { _memory, _redis })
        {
            store.CreateConversationAsync(new DirectLineConversation("bench", "dl_bench", DateTimeOffset.UtcNow), default).GetAwaiter().GetResult();
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _server?.Dispose();

    [Benchmark]
    public DirectLineToken? ValidateToken() => _tokens.Validate(_token);

    [Benchmark]
    public async Task<int> AppendAndReadInMemory()
    {
        var watermark = await _memory.AppendActivityAsync("bench", _message, default);
        var set = await _memory.GetActivitiesAsync("bench", _memoryWatermark, 100, default);
        _memoryWatermark = watermark!.Value;
        return set.Activities.Count;
    }

    [Benchmark]
    public async Task<int> AppendAndReadInRedis()
    {
        var watermark = await _redis.AppendActivityAsync("bench", _message, default);
        var set = await _redis.GetActivitiesAsync("bench", _redisWatermark, 100, default);
        _redisWatermark = watermark!.Value;
        return set.Activities.Count;
    }
}
