using System.Globalization;
using System.Text.Json;
using Helpline.Core.Sms;
using StackExchange.Redis;

namespace Helpline.Redis.Sms;

/// <summary>The SMS delivery log in Redis: records by id, an index by MessageSid, and the failed list.</summary>
public sealed class RedisSmsDeliveryLog(IConnectionMultiplexer redis, RedisKeys keys, TimeProvider timeProvider) : ISmsDeliveryLog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task RecordAsync(SmsDeliveryRecord record, CancellationToken cancellationToken = default) =>
        RedisScripts.EvaluateAsync(redis.GetDatabase(), "RecordDelivery",
            [keys.SmsDeliveries, keys.SmsDeliveriesBySid, keys.SmsFailed],
            [record.Id, JsonSerializer.Serialize(record, Json), record.MessageSid ?? "",
             SmsDeliveryStatus.IsFailure(record.Status) ? "1" : "0",
             record.UpdatedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)]);

    public async Task<bool> UpdateStatusAsync(string messageSid, string status, string? errorCode, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        var result = await RedisScripts.EvaluateAsync(redis.GetDatabase(), "UpdateDeliveryStatus",
            [keys.SmsDeliveries, keys.SmsDeliveriesBySid, keys.SmsFailed],
            [messageSid, status, errorCode ?? "", now.ToString("O", CultureInfo.InvariantCulture),
             now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), SmsDeliveryStatus.IsFailure(status) ? "1" : "0"]).ConfigureAwait(false);
        return (int)result == 1;
    }

    public async Task<SmsDeliveryRecord?> FindByMessageSidAsync(string messageSid, CancellationToken cancellationToken = default)
    {
        var db = redis.GetDatabase();
        var id = await db.HashGetAsync(keys.SmsDeliveriesBySid, messageSid).ConfigureAwait(false);
        if (id.IsNull) return null;
        var json = await db.HashGetAsync(keys.SmsDeliveries, id).ConfigureAwait(false);
        return json.IsNull ? null : JsonSerializer.Deserialize<SmsDeliveryRecord>((string)json!, Json);
    }

    public async Task<IReadOnlyList<SmsDeliveryRecord>> ListFailedAsync(int max, CancellationToken cancellationToken = default)
    {
        var db = redis.GetDatabase();
        var ids = await db.SortedSetRangeByRankAsync(keys.SmsFailed, 0, max - 1, Order.Descending).ConfigureAwait(false);
        if (ids.Length == 0) return [];
        var values = await db.HashGetAsync(keys.SmsDeliveries, ids).ConfigureAwait(false);
        return values.Where(v => !v.IsNull).Select(v => JsonSerializer.Deserialize<SmsDeliveryRecord>((string)v!, Json)!).ToList();
    }
}
