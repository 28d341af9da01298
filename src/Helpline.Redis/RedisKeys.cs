using StackExchange.Redis;

namespace Helpline.Redis;

/// <summary>
/// Every Redis key the service uses, built in one place from one prefix. Each key says its type and
/// lifetime. Keys one script touches together share a <c>{hash tag}</c> so the code works on Redis Cluster.
/// The full list with lifetimes is in <c>docs/redis-keys.md</c>.
/// </summary>
public sealed partial class RedisKeys(string prefix)
{
    public string Prefix { get; } = prefix;

    /// <summary>HASH {json, etag}: a conversation's or user's bot state. TTL = retention period, renewed by each write.</summary>
    public RedisKey State(string stateKey) => $"{Prefix}state:{{{stateKey}}}";

    /// <summary>STRING: a webhook delivery (MessageSid) claim ("" while running) then its reply. TTL = lease, then the dedupe window.</summary>
    public RedisKey Delivery(string deliveryKey) => $"{Prefix}delivery:{deliveryKey}";

    /// <summary>SET of phone-number hashes that opted out (STOP). No TTL: kept until START.</summary>
    public RedisKey SmsOptOuts => $"{Prefix}sms:optouts";

    /// <summary>HASH field -> JSON: outbound SMS records by id. Fields removed with their conversation's retention by the sweeper; kept while failed.</summary>
    public RedisKey SmsDeliveries => $"{Prefix}sms:{{deliveries}}:records";

    /// <summary>HASH MessageSid -> record id, for status callbacks. Same lifetime as the records.</summary>
    public RedisKey SmsDeliveriesBySid => $"{Prefix}sms:{{deliveries}}:by-sid";

    /// <summary>ZSET record id scored by failure time (ms): the failed list staff look at. Kept until resolved.</summary>
    public RedisKey SmsFailed => $"{Prefix}sms:{{deliveries}}:failed";
}
