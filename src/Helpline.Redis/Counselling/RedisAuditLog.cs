using System.Globalization;
using Helpline.Core.Counselling;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Helpline.Redis.Counselling;

/// <summary>The audit log as a Redis stream, trimmed by age to the audit retention period.</summary>
public sealed class RedisAuditLog(IConnectionMultiplexer redis, RedisKeys keys, IOptions<CounsellorQueueOptions> options) : IAuditLog
{
    private const int PageSize = 1000;

    public async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        AuditArguments.Validate(entry);
        await RedisScripts.Get("WriteAudit").EvaluateAsync(redis.GetDatabase(), new ScriptArgs
        {
            Audit = keys.Audit,
            Now = entry.Time.ToUnixTimeMilliseconds(),
            AuditMaxAgeMs = (long)options.Value.AuditRetention.TotalMilliseconds,
            Channel = keys.Changes.ToString(),
            Actor = entry.Actor,
            Action = entry.Action.ToCode(),
            Id = entry.TicketId ?? "",
            Detail = entry.Detail ?? "",
        });
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadRecentAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0) return [];
        var entries = await redis.GetDatabase().StreamRangeAsync(keys.Audit, "-", "+", count, Order.Descending);
        return [.. entries.Select(Parse)];
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadTicketAsync(string ticketId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(ticketId);
        var db = redis.GetDatabase();
        var found = new List<AuditEntry>();
        RedisValue start = "-";
        while (true)
        {
            var page = await db.StreamRangeAsync(keys.Audit, start, "+", PageSize, Order.Ascending);
            foreach (var entry in page)
            {
                if ((string?)entry["ticket"] == ticketId) found.Add(Parse(entry));
            }
            if (page.Length < PageSize) return found;
            start = "(" + page[^1].Id;
        }
    }

    private static AuditEntry Parse(StreamEntry entry)
    {
        var time = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse((string)entry["time"]!, NumberStyles.Integer, CultureInfo.InvariantCulture));
        var action = AuditActions.TryParse(entry["action"], out var parsed) ? parsed : throw new InvalidDataException("Unknown audit action.");
        var ticket = (string?)entry["ticket"];
        var detail = (string?)entry["detail"];
        return new AuditEntry(time, (string)entry["actor"]!, action, string.IsNullOrEmpty(ticket) ? null : ticket, string.IsNullOrEmpty(detail) ? null : detail);
    }
}
