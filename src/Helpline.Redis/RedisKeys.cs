using Helpline.Core.Counselling;
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

    /// <summary>
    /// The hash tag of every counselling key, <c>{&lt;prefix&gt;counselling}</c>: the scripts that change a
    /// ticket, its indexes, its transcript and the audit stream together touch one slot (a helpline's
    /// volume fits one node easily).
    /// </summary>
    private readonly string _counselling = CounsellingTag(prefix);

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

    // Counselling: the counsellor queue, transcripts and the audit stream.

    /// <summary>HASH ticket id -> ticket JSON, open tickets only (waiting or claimed). No expiry: an open ticket is never dropped.</summary>
    public RedisKey Tickets => _counselling + "tickets";

    /// <summary>STRING, the JSON of one closed or cancelled ticket. Expires after the retention period.</summary>
    public RedisKey ClosedTicket(string ticketId) => _counselling + "closed:" + ticketId;

    /// <summary>ZSET ticket id, score = priority * 1e13 + enqueued ms: the general queue. No expiry.</summary>
    public RedisKey Waiting => _counselling + "waiting";

    /// <summary>ZSET ticket id, same score: tickets waiting for one named counsellor. No expiry.</summary>
    public RedisKey Assigned => _counselling + "assigned";

    /// <summary>ZSET ticket id, score = ms when a named transfer lapses back to the general queue. No expiry.</summary>
    public RedisKey AssignmentDeadlines => _counselling + "assignment-deadlines";

    /// <summary>ZSET ticket id, score = lease expiry ms of claimed tickets. No expiry.</summary>
    public RedisKey Leases => _counselling + "leases";

    /// <summary>HASH conversation key (<c>channel/conversation</c>) -> its open ticket id. Field removed on close. No expiry.</summary>
    public RedisKey Conversations => _counselling + "conversations";

    /// <summary>STRING counter, the last ticket id issued (ids are zero-padded). No expiry.</summary>
    public RedisKey TicketSequence => _counselling + "ticket-seq";

    /// <summary>LIST of "waitedMs:positionAtEnqueue" of recent first claims, newest first, capped at WaitHistorySize. No expiry.</summary>
    public RedisKey ClaimWaits => _counselling + "claim-waits";

    /// <summary>STREAM of audit entries (time, actor, action, ticket, detail). Trimmed by age (MINID ~) to the audit retention.</summary>
    public RedisKey Audit => _counselling + "audit";

    /// <summary>
    /// LIST of transcript entry JSON of one conversation, oldest first (index + 1 = sequence number).
    /// No expiry while the conversation has an open ticket; then expires after the retention period,
    /// counted from the last write or the close.
    /// </summary>
    public RedisKey Transcript(TicketConversation conversation) => _counselling + "transcript:" + conversation.Key;

    /// <summary>Pub/sub channel of change notices, "kind|ticketId". Not stored.</summary>
    public RedisChannel Changes => RedisChannel.Literal(Prefix + "counselling:changes");

    private static string CounsellingTag(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.Contains('{') || prefix.Contains('}'))
        {
            throw new ArgumentException("The key prefix must not contain '{' or '}': the keys add their own hash tags.", nameof(prefix));
        }
        return "{" + prefix + "counselling}:";
    }
}
