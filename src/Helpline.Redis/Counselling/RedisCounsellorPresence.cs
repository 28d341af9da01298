using Helpline.Core.Counselling;
using StackExchange.Redis;

namespace Helpline.Redis.Counselling;

/// <summary>Presence shared by every instance: a sorted set of counsellor names scored by "online until" (ms).</summary>
public sealed class RedisCounsellorPresence(IConnectionMultiplexer redis, RedisKeys keys, TimeProvider timeProvider, TimeSpan timeout) : ICounsellorPresence
{
    private IDatabase Db => redis.GetDatabase();

    public Task MarkOnlineAsync(string counsellor, CancellationToken cancellationToken) =>
        Db.SortedSetAddAsync(keys.CounsellorPresence, counsellor, (timeProvider.GetUtcNow() + timeout).ToUnixTimeMilliseconds());

    public Task MarkOfflineAsync(string counsellor, CancellationToken cancellationToken) =>
        Db.SortedSetRemoveAsync(keys.CounsellorPresence, counsellor);

    public async Task<IReadOnlyList<string>> ListOnlineAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        await Db.SortedSetRemoveRangeByScoreAsync(keys.CounsellorPresence, double.NegativeInfinity, now).ConfigureAwait(false);
        var names = await Db.SortedSetRangeByScoreAsync(keys.CounsellorPresence, now, double.PositiveInfinity, Exclude.Start).ConfigureAwait(false);
        return names.Select(n => n.ToString()).Order(StringComparer.Ordinal).ToList();
    }
}
