using Helpline.Redis.Counselling;
using Helpline.Testing;

namespace Helpline.Redis.Tests.Counselling;

/// <summary>The contract on a real redis-server; every test gets its own key prefix.</summary>
public sealed class RedisCounsellorQueueContractTests(RedisFixture redis) : CounsellorQueueContractTests, IClassFixture<RedisFixture>
{
    protected override CounsellingServices Create()
    {
        var keys = new RedisKeys(RedisServer.UniquePrefix(nameof(RedisCounsellorQueueContractTests)));
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        return new CounsellingServices(
            new RedisCounsellorQueue(redis.Server.Connection, keys, options, Time),
            new RedisTranscriptStore(redis.Server.Connection, keys, options, Time),
            new RedisAuditLog(redis.Server.Connection, keys, options),
            new RedisQueueNotifications(redis.Server.Connection, keys));
    }
}
