using StackExchange.Redis;

namespace Helpline.Redis.Counselling;

/// <summary>
/// The named parameters of the counselling scripts (<c>@Name</c> in the Lua text). Members of type
/// <see cref="RedisKey"/> are sent as KEYS; a script uses only the members it names.
/// </summary>
internal sealed record ScriptArgs
{
    public RedisKey Tickets { get; init; }
    public RedisKey Waiting { get; init; }
    public RedisKey Assigned { get; init; }
    public RedisKey Deadlines { get; init; }
    public RedisKey Leases { get; init; }
    public RedisKey Conversations { get; init; }
    public RedisKey Sequence { get; init; }
    public RedisKey ClaimWaits { get; init; }
    public RedisKey Audit { get; init; }
    public RedisKey Closed { get; init; }
    public RedisKey Transcript { get; init; }

    public long Now { get; init; }
    public long LeaseMs { get; init; }
    public long AssignMs { get; init; }
    public long RetentionMs { get; init; }
    public long AuditMaxAgeMs { get; init; }
    public int BatchSize { get; init; }
    public int HistorySize { get; init; }
    public string Channel { get; init; } = "";

    public string Id { get; init; } = "";
    public string Counsellor { get; init; } = "";
    public string Target { get; init; } = "";
    public string Actor { get; init; } = "";
    public string Action { get; init; } = "";
    public string Detail { get; init; } = "";
    public int Priority { get; init; }
    public string Outcome { get; init; } = "";
    public string Conversation { get; init; } = "";
    public string Ticket { get; init; } = "";
    public string Entry { get; init; } = "";
    public string Author { get; init; } = "";
    public long After { get; init; }
}
