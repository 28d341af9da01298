using System.Globalization;
using Helpline.Core.State;
using StackExchange.Redis;

namespace Helpline.Redis.State;

/// <summary>
/// Conversation and user state in Redis: a hash per key with the JSON and an ETag; every write is one Lua
/// script that checks the ETag, so two instances never overwrite each other's turn. TTL = retention period.
/// </summary>
public sealed class RedisConversationStateStore(IConnectionMultiplexer redis, RedisKeys keys) : IConversationStateStore
{
    public async Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var values = await redis.GetDatabase().HashGetAsync(keys.State(key), ["json", "etag"]).ConfigureAwait(false);
        if (values[0].IsNull || values[1].IsNull) return null;
        return new StoredState(values[0]!, values[1]!);
    }

    public async Task<string> WriteAsync(string key, string json, string? expectedETag, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        var result = await RedisScripts.EvaluateAsync(redis.GetDatabase(), "WriteState",
            [keys.State(key)],
            [expectedETag ?? "", json, ((long)timeToLive.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)]).ConfigureAwait(false);
        if (result.IsNull) throw new StateConcurrencyException(key);
        return (string)result!;
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default) =>
        redis.GetDatabase().KeyDeleteAsync(keys.State(key));
}
