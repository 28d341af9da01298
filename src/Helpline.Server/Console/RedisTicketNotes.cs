using System.Text.Json;
using Helpline.Core.Counselling;
using Helpline.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Helpline.Server.Console;

/// <summary>
/// Notes in Redis: one LIST of JSON notes per ticket, <c>&lt;prefix&gt;console:notes:&lt;ticket&gt;</c>, expiring a
/// retention period after the last note (the same retention as transcripts). Append and expiry go in one
/// transaction.
/// </summary>
public sealed class RedisTicketNotes(IConnectionMultiplexer redis, RedisKeys keys, IOptions<CounsellorQueueOptions> options) : ITicketNotes
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>LIST of JSON <see cref="TicketNote"/>, oldest first. TTL = retention, renewed by each note.</summary>
    public RedisKey NotesKey(string ticketId) => $"{keys.Prefix}console:notes:{ticketId}";

    public async Task AddAsync(string ticketId, TicketNote note, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(ticketId);
        ArgumentNullException.ThrowIfNull(note);
        var key = NotesKey(ticketId);
        var transaction = redis.GetDatabase().CreateTransaction();
        _ = transaction.ListRightPushAsync(key, JsonSerializer.Serialize(note, Json));
        _ = transaction.KeyExpireAsync(key, options.Value.Retention);
        if (!await transaction.ExecuteAsync()) throw new RedisException("The note was not saved.");
    }

    public async Task<IReadOnlyList<TicketNote>> ListAsync(string ticketId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(ticketId);
        var values = await redis.GetDatabase().ListRangeAsync(NotesKey(ticketId));
        return [.. values.Select(v => JsonSerializer.Deserialize<TicketNote>(v.ToString(), Json)!)];
    }
}
