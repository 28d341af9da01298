using System.Globalization;
using Helpline.Core.Idempotency;
using StackExchange.Redis;

namespace Helpline.Redis.Idempotency;

/// <summary>The duplicate-delivery guard in Redis: one script claims a key or returns the stored reply.</summary>
public sealed class RedisIdempotencyStore(IConnectionMultiplexer redis, RedisKeys keys) : IIdempotencyStore
{
    public async Task<IdempotencyClaim> TryBeginAsync(string key, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var result = (RedisResult[])(await RedisScripts.EvaluateAsync(redis.GetDatabase(), "BeginDelivery",
            [keys.Delivery(key)],
            [((long)lease.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)]).ConfigureAwait(false))!;
        return (string)result[0]! switch
        {
            "started" => new IdempotencyClaim(IdempotencyStatus.Started, null),
            "in-progress" => new IdempotencyClaim(IdempotencyStatus.InProgress, null),
            _ => new IdempotencyClaim(IdempotencyStatus.Completed, (string)result[1]!),
        };
    }

    public Task CompleteAsync(string key, string result, TimeSpan retention, CancellationToken cancellationToken = default) =>
        redis.GetDatabase().StringSetAsync(keys.Delivery(key), result, retention);

    public Task AbandonAsync(string key, CancellationToken cancellationToken = default) =>
        redis.GetDatabase().KeyDeleteAsync(keys.Delivery(key));
}
