using Helpline.Core.Counselling;
using StackExchange.Redis;

namespace Helpline.Redis;

/// <summary>
/// Every Redis key of the helpline, built here and nowhere else (documented in docs/redis-keys.md).
/// The counselling keys share one hash tag, <c>{&lt;prefix&gt;counselling}</c>, so the scripts that
/// change a ticket, its indexes, its transcript and the audit stream together work on Redis Cluster
/// (they all live in one slot; the volume of a helpline fits one node easily).
/// </summary>
public sealed class RedisKeys
{
    private readonly string _tag;

    public RedisKeys(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.Contains('{') || prefix.Contains('}'))
        {
            throw new ArgumentException("The key prefix must not contain '{' or '}': the keys add their own hash tag.", nameof(prefix));
        }
        Prefix = prefix;
        _tag = "{" + prefix + "counselling}:";
    }

    public string Prefix { get; }

    /// <summary>HASH ticket id -> ticket JSON, open tickets only (waiting or claimed). No expiry: an open ticket is never dropped.</summary>
    public RedisKey Tickets => _tag + "tickets";

    /// <summary>STRING, the JSON of one closed or cancelled ticket. Expires after the retention period.</summary>
    public RedisKey ClosedTicket(string ticketId) => _tag + "closed:" + ticketId;

    /// <summary>ZSET ticket id, score = priority * 1e13 + enqueued ms: the general queue. No expiry.</summary>
    public RedisKey Waiting => _tag + "waiting";

    /// <summary>ZSET ticket id, same score: tickets waiting for one named counsellor. No expiry.</summary>
    public RedisKey Assigned => _tag + "assigned";

    /// <summary>ZSET ticket id, score = ms when a named transfer lapses back to the general queue. No expiry.</summary>
    public RedisKey AssignmentDeadlines => _tag + "assignment-deadlines";

    /// <summary>ZSET ticket id, score = lease expiry ms of claimed tickets. No expiry.</summary>
    public RedisKey Leases => _tag + "leases";

    /// <summary>HASH conversation key (<c>channel/conversation</c>) -> its open ticket id. Field removed on close. No expiry.</summary>
    public RedisKey Conversations => _tag + "conversations";

    /// <summary>STRING counter, the last ticket id issued (ids are zero-padded). No expiry.</summary>
    public RedisKey TicketSequence => _tag + "ticket-seq";

    /// <summary>LIST of "waitedMs:positionAtEnqueue" of recent first claims, newest first, capped at WaitHistorySize. No expiry.</summary>
    public RedisKey ClaimWaits => _tag + "claim-waits";

    /// <summary>STREAM of audit entries (time, actor, action, ticket, detail). Trimmed by age (MINID ~) to the audit retention.</summary>
    public RedisKey Audit => _tag + "audit";

    /// <summary>
    /// LIST of transcript entry JSON of one conversation, oldest first (index + 1 = sequence number).
    /// No expiry while the conversation has an open ticket; then expires after the retention period,
    /// counted from the last write or the close.
    /// </summary>
    public RedisKey Transcript(TicketConversation conversation) => _tag + "transcript:" + conversation.Key;

    /// <summary>Pub/sub channel of change notices, "kind|ticketId". Not stored.</summary>
    public RedisChannel Changes => RedisChannel.Literal(Prefix + "counselling:changes");
}
