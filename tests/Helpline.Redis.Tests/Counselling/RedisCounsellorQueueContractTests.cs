using Helpline.Redis.Counselling;
using Helpline.Testing;

namespace Helpline.Redis.Tests.Counselling;

/// <summary>The contract on a real redis-server; every test gets its own key prefix.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisCounsellorQueueContractTests(RedisServer redis) : CounsellorQueueContractTests
{
    protected override CounsellingServices Create()
    {
        var keys = new RedisKeys(RedisServer.UniquePrefix(nameof(RedisCounsellorQueueContractTests)));
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        return new CounsellingServices(
            new RedisCounsellorQueue(redis.Connection, keys, options, Time),
            new RedisTranscriptStore(redis.Connection, keys, options, Time),
            new RedisAuditLog(redis.Connection, keys, options),
            new RedisQueueNotifications(redis.Connection, keys));
    }
}
