using System.Globalization;
using Helpline.Core.Counselling;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Helpline.Redis.Counselling;

/// <summary>
/// The counsellor queue in Redis. Every change is one Lua script from <c>Scripts/</c> (so one atomic
/// step that no other client sees half of); keys come from <see cref="RedisKeys"/>; time from the
/// injected <see cref="TimeProvider"/>. Any service instance can serve any ticket after a restart.
/// </summary>
public sealed class RedisCounsellorQueue(
    IConnectionMultiplexer redis,
    RedisKeys keys,
    IOptions<CounsellorQueueOptions> options,
    TimeProvider timeProvider) : ICounsellorQueue
{
    private readonly CounsellorQueueOptions _options = options.Value;

    public async Task<EnqueueResult> EnqueueAsync(TicketRequest request, CancellationToken cancellationToken)
    {
        CounsellingArguments.Validate(request);
        var result = (RedisResult[])(await RunAsync("Enqueue", Args() with
        {
            Sequence = keys.TicketSequence,
            Conversations = keys.Conversations,
            Transcript = keys.Transcript(request.Conversation),
            Conversation = request.Conversation.Key,
            Priority = (int)request.Priority,
            Ticket = TicketRecord.NewTicketJson(request),
        }))!;
        return new EnqueueResult(TicketRecord.Parse((string)result[1]!), Created: (string?)result[0] == "created");
    }

    public async Task<CounsellorTicket?> ClaimNextAsync(string counsellor, CancellationToken cancellationToken)
    {
        CounsellingArguments.ValidateName(counsellor, nameof(counsellor));
        var result = await RunAsync("ClaimNext", Args() with { Counsellor = counsellor });
        return result.IsNull ? null : TicketRecord.Parse((string)result!);
    }

    public Task<TicketChange> ClaimAsync(string ticketId, string counsellor, CancellationToken cancellationToken)
    {
        CounsellingArguments.ValidateName(counsellor, nameof(counsellor));
        return ChangeAsync("ClaimTicket", ticketId, a => a with { Counsellor = counsellor });
    }

    public Task<TicketChange> RenewLeaseAsync(string ticketId, string counsellor, CancellationToken cancellationToken)
    {
        CounsellingArguments.ValidateName(counsellor, nameof(counsellor));
        return ChangeAsync("RenewLease", ticketId, a => a with { Counsellor = counsellor });
    }

    public Task<TicketChange> TransferToQueueAsync(string ticketId, string counsellor, CancellationToken cancellationToken)
    {
        CounsellingArguments.ValidateName(counsellor, nameof(counsellor));
        return ChangeAsync("TransferToQueue", ticketId, a => a with { Counsellor = counsellor });
    }

    public Task<TicketChange> TransferToCounsellorAsync(string ticketId, string counsellor, string toCounsellor, CancellationToken cancellationToken)
    {
        CounsellingArguments.ValidateName(counsellor, nameof(counsellor));
        CounsellingArguments.ValidateName(toCounsellor, nameof(toCounsellor));
        return ChangeAsync("TransferToCounsellor", ticketId, a => a with { Counsellor = counsellor, Target = toCounsellor });
    }

    public Task<TicketChange> RaisePriorityAsync(string ticketId, TicketPriority priority, string actor, CancellationToken cancellationToken)
    {
        CounsellingArguments.ValidatePriority(priority);
        CounsellingArguments.ValidateName(actor, nameof(actor));
        return ChangeAsync("RaisePriority", ticketId, a => a with { Priority = (int)priority, Actor = actor });
    }

    public async Task<TicketChange> CloseAsync(string ticketId, string counsellor, TicketOutcome outcome, CancellationToken cancellationToken)
    {
        CounsellingArguments.ValidateName(counsellor, nameof(counsellor));
        CounsellingArguments.ValidateCloseOutcome(outcome);
        return await FinishAsync("Close", ticketId, a => a with { Counsellor = counsellor, Outcome = outcome.ToCode() });
    }

    public Task<TicketChange> CancelByUserAsync(string ticketId, CancellationToken cancellationToken) =>
        FinishAsync("Cancel", ticketId, a => a);

    public async Task<CounsellorTicket?> GetAsync(string ticketId, CancellationToken cancellationToken)
    {
        CounsellingArguments.ValidateName(ticketId, nameof(ticketId));
        var db = redis.GetDatabase();
        // The close script moves a ticket from the open hash to its own key in one step, so reading the
        // open hash first and the closed key second never misses a ticket that exists.
        var open = await db.HashGetAsync(keys.Tickets, ticketId);
        if (open.HasValue) return TicketRecord.Parse(open!);
        var closed = await db.StringGetAsync(keys.ClosedTicket(ticketId));
        return closed.HasValue ? TicketRecord.Parse(closed!) : null;
    }

    public async Task<CounsellorTicket?> FindOpenAsync(TicketConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var db = redis.GetDatabase();
        var id = await db.HashGetAsync(keys.Conversations, conversation.Key);
        if (!id.HasValue) return null;
        var open = await db.HashGetAsync(keys.Tickets, (string)id!);
        return open.HasValue ? TicketRecord.Parse(open!) : null;
    }

    public async Task<IReadOnlyList<CounsellorTicket>> ListOpenAsync(CancellationToken cancellationToken)
    {
        var result = (RedisResult[])(await RunAsync("ListOpen", Args()))!;
        return [.. result.Select(r => TicketRecord.Parse((string)r!))
            .OrderBy(t => (int)t.Priority)
            .ThenBy(t => t.EnqueuedAt)
            .ThenBy(t => t.Id, StringComparer.Ordinal)];
    }

    public async Task<QueuePosition?> GetPositionAsync(string ticketId, CancellationToken cancellationToken)
    {
        CounsellingArguments.ValidateName(ticketId, nameof(ticketId));
        var result = await RunAsync("GetPosition", Args() with { Id = ticketId });
        if (result.IsNull) return null;
        var parts = (RedisResult[])result!;
        var ahead = (int)parts[0];
        var waits = ((RedisResult[])parts[1]!).Select(r => ParseWait((string)r!)).ToList();
        return QueueWaitEstimator.Estimate(ahead, waits, _options.DefaultWaitPerPosition);
    }

    public async Task<int> RequeueExpiredAsync(CancellationToken cancellationToken) =>
        (int)await RunAsync("RequeueExpired", Args());

    private async Task<TicketChange> ChangeAsync(string script, string ticketId, Func<ScriptArgs, ScriptArgs> with)
    {
        CounsellingArguments.ValidateName(ticketId, nameof(ticketId));
        var result = (RedisResult[])(await RunAsync(script, with(Args() with { Id = ticketId, Closed = keys.ClosedTicket(ticketId) })))!;
        return ToChange(result);
    }

    /// <summary>
    /// Close and cancel also set the transcript's expiry, so they need the conversation's transcript key.
    /// A ticket's conversation never changes, so reading it first and passing it to the script is safe.
    /// </summary>
    private async Task<TicketChange> FinishAsync(string script, string ticketId, Func<ScriptArgs, ScriptArgs> with)
    {
        var current = await GetAsync(ticketId, CancellationToken.None);
        if (current is null) return new TicketChange(TicketChangeStatus.NotFound, null);
        if (!current.IsOpen) return new TicketChange(TicketChangeStatus.NotOpen, current);
        var result = (RedisResult[])(await RunAsync(script, with(Args() with
        {
            Id = ticketId,
            Closed = keys.ClosedTicket(ticketId),
            Conversations = keys.Conversations,
            Transcript = keys.Transcript(current.Conversation),
            Conversation = current.Conversation.Key,
        })))!;
        return ToChange(result);
    }

    private static TicketChange ToChange(RedisResult[] result)
    {
        var status = (string?)result[0] switch
        {
            "changed" => TicketChangeStatus.Changed,
            "unchanged" => TicketChangeStatus.Unchanged,
            "not-found" => TicketChangeStatus.NotFound,
            "not-open" => TicketChangeStatus.NotOpen,
            "held-by-another" => TicketChangeStatus.HeldByAnother,
            "not-claimed-by-you" => TicketChangeStatus.NotClaimedByYou,
            "not-waiting" => TicketChangeStatus.NotWaiting,
            var other => throw new InvalidDataException($"Unexpected script answer '{other}'."),
        };
        var ticket = result.Length > 1 && !result[1].IsNull ? TicketRecord.Parse((string)result[1]!) : null;
        return new TicketChange(status, ticket);
    }

    private static ClaimWait ParseWait(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var waited = long.Parse(value.AsSpan(0, colon), NumberStyles.Integer, CultureInfo.InvariantCulture);
        var position = int.Parse(value.AsSpan(colon + 1), NumberStyles.Integer, CultureInfo.InvariantCulture);
        return new ClaimWait(TimeSpan.FromMilliseconds(waited), position);
    }

    private ScriptArgs Args() => new()
    {
        Tickets = keys.Tickets,
        Waiting = keys.Waiting,
        Assigned = keys.Assigned,
        Deadlines = keys.AssignmentDeadlines,
        Leases = keys.Leases,
        ClaimWaits = keys.ClaimWaits,
        Audit = keys.Audit,
        Now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds(),
        LeaseMs = (long)_options.LeaseDuration.TotalMilliseconds,
        AssignMs = (long)_options.AssignmentTimeout.TotalMilliseconds,
        RetentionMs = (long)_options.Retention.TotalMilliseconds,
        AuditMaxAgeMs = (long)_options.AuditRetention.TotalMilliseconds,
        BatchSize = _options.RequeueBatchSize,
        HistorySize = _options.WaitHistorySize,
        Channel = keys.Changes.ToString(),
    };

    private Task<RedisResult> RunAsync(string script, ScriptArgs args) =>
        RedisScripts.Get(script).EvaluateAsync(redis.GetDatabase(), args);
}
