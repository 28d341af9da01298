using Helpline.Core.Privacy;
using Helpline.Core.Sms;
using StackExchange.Redis;

namespace Helpline.Redis.Sms;

/// <summary>Opted-out numbers as a Redis set of keyed hashes, kept until START.</summary>
public sealed class RedisSmsOptOutStore(IConnectionMultiplexer redis, RedisKeys keys, PhoneHasher hasher) : ISmsOptOutStore
{
    public Task<bool> IsOptedOutAsync(string phoneNumber, CancellationToken cancellationToken = default) =>
        redis.GetDatabase().SetContainsAsync(keys.SmsOptOuts, hasher.Hash(phoneNumber));

    public Task OptOutAsync(string phoneNumber, CancellationToken cancellationToken = default) =>
        redis.GetDatabase().SetAddAsync(keys.SmsOptOuts, hasher.Hash(phoneNumber));

    public Task OptInAsync(string phoneNumber, CancellationToken cancellationToken = default) =>
        redis.GetDatabase().SetRemoveAsync(keys.SmsOptOuts, hasher.Hash(phoneNumber));
}
