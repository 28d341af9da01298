using System.Globalization;
using static Helpline.Core.Counselling.InMemory.InMemoryCounsellingStore;

namespace Helpline.Core.Counselling.InMemory;

/// <summary>The counsellor queue in process memory, with the same semantics as the Redis queue.</summary>
public sealed class InMemoryCounsellorQueue(InMemoryCounsellingStore store) : ICounsellorQueue
{
    private const string System = "system";

    public Task<EnqueueResult> EnqueueAsync(TicketRequest request, CancellationToken cancellationToken)
    {
        CounsellingArguments.Validate(request);
        var changes = new List<QueueChange>();
        EnqueueResult result;
        lock (store.Gate)
        {
            var now = store.Now();
            var key = request.Conversation.Key;
            if (store.Conversations.TryGetValue(key, out var existingId) && store.Open.TryGetValue(existingId, out var existing))
            {
                Raise(existing, request.Priority, System, now, changes);
                result = new EnqueueResult(existing.Ticket, Created: false);
            }
            else
            {
                store.Sequence++;
                var id = store.Sequence.ToString("D10", CultureInfo.InvariantCulture);
                var ticket = new CounsellorTicket
                {
                    Id = id,
                    Conversation = request.Conversation,
                    Priority = request.Priority,
                    Culture = request.Culture,
                    Country = string.IsNullOrEmpty(request.Country) ? null : request.Country,
                    SafetyCategories = [.. request.SafetyCategories],
                    EnqueuedAt = now,
                    Status = TicketStatus.Waiting,
                };
                var score = QueueScore(ticket.Priority, now);
                var ahead = store.Open.Values.Count(t => t.Ticket.Status == TicketStatus.Waiting && t.Ticket.AssignedTo is null && t.Score < score);
                var open = new OpenTicket(ticket, ahead + 1);
                store.Open[id] = open;
                store.Conversations[key] = id;
                if (store.LiveTranscript(key, now) is { } transcript) transcript.ExpiresAt = null;
                store.WriteAudit(now, System, AuditAction.Enqueue, id, $"priority=P{(int)ticket.Priority} channel={ticket.Channel}");
                changes.Add(new QueueChange(id, QueueChangeKind.Enqueued));
                result = new EnqueueResult(ticket, Created: true);
            }
        }
        store.Publish(changes);
        return Task.FromResult(result);
    }

    public Task<CounsellorTicket?> ClaimNextAsync(string counsellor, CancellationToken cancellationToken)
    {
        CounsellingArguments.ValidateName(counsellor, nameof(counsellor));
        var changes = new List<QueueChange>();
        CounsellorTicket? claimed = null;
        lock (store.Gate)
        {
            var now = store.Now();
            RequeueExpired(now, changes);
            var next = Waiting()
                .Where(t => t.Ticket.AssignedTo is null || t.Ticket.AssignedTo == counsellor)
                .FirstOrDefault();
            if (next is not null) claimed = Claim(next, counsellor, now, changes);
        }
        store.Publish(changes);
        return Task.FromResult(claimed);
    }

    public Task<TicketChange> ClaimAsync(string ticketId, string counsellor, CancellationToken cancellationToken)
    {
        CounsellingArguments.ValidateName(counsellor, nameof(counsellor));
        return Change(ticketId, (open, now, changes) =>
        {
            var ticket = open.Ticket;
            if (ticket.Status == TicketStatus.Claimed)
            {
                if (ticket.Counsellor != counsellor) return TicketChangeStatus.HeldByAnother;
                open.Ticket = ticket with { LeaseExpiresAt = now + store.Options.LeaseDuration };
                return TicketChangeStatus.Changed;
            }
            if (ticket.AssignedTo is not null && ticket.AssignedTo != counsellor) return TicketChangeStatus.HeldByAnother;
            Claim(open, counsellor, now, changes);
            return TicketChangeStatus.Changed;
        });
    }

    public Task<TicketChange> RenewLeaseAsync(string ticketId, string counsellor, CancellationToken cancellationToken)
    {
        CounsellingArguments.ValidateName(counsellor, nameof(counsellor));
        return Change(ticketId, (open, now, _) =>
        {
            if (!HeldBy(open, counsellor)) return TicketChangeStatus.NotClaimedByYou;
            open.Ticket = open.Ticket with { LeaseExpiresAt = now + store.Options.LeaseDuration };
            return TicketChangeStatus.Changed;
        });
    }

    public Task<TicketChange> TransferToQueueAsync(string ticketId, string counsellor, CancellationToken cancellationToken)
    {
        CounsellingArguments.ValidateName(counsellor, nameof(counsellor));
        return Change(ticketId, (open, now, changes) =>
        {
            if (!HeldBy(open, counsellor)) return TicketChangeStatus.NotClaimedByYou;
            open.Ticket = ToWaiting(open.Ticket);
            store.WriteAudit(now, counsellor, AuditAction.Transfer, ticketId, "to=queue");
            changes.Add(new QueueChange(ticketId, QueueChangeKind.Transferred));
            return TicketChangeStatus.Changed;
        });
    }

    public Task<TicketChange> TransferToCounsellorAsync(string ticketId, string counsellor, string toCounsellor, CancellationToken cancellationToken)
    {
        CounsellingArguments.ValidateName(counsellor, nameof(counsellor));
        CounsellingArguments.ValidateName(toCounsellor, nameof(toCounsellor));
        return Change(ticketId, (open, now, changes) =>
        {
            if (!HeldBy(open, counsellor)) return TicketChangeStatus.NotClaimedByYou;
            open.Ticket = ToWaiting(open.Ticket) with
            {
                AssignedTo = toCounsellor,
                AssignedUntil = now + store.Options.AssignmentTimeout,
            };
            store.WriteAudit(now, counsellor, AuditAction.Transfer, ticketId, "to=" + toCounsellor);
            changes.Add(new QueueChange(ticketId, QueueChangeKind.Transferred));
            return TicketChangeStatus.Changed;
        });
    }

    public Task<TicketChange> RaisePriorityAsync(string ticketId, TicketPriority priority, string actor, CancellationToken cancellationToken)
    {
        CounsellingArguments.ValidatePriority(priority);
        CounsellingArguments.ValidateName(actor, nameof(actor));
        return Change(ticketId, (open, now, changes) =>
            Raise(open, priority, actor, now, changes) ? TicketChangeStatus.Changed : TicketChangeStatus.Unchanged);
    }

    public Task<TicketChange> CloseAsync(string ticketId, string counsellor, TicketOutcome outcome, CancellationToken cancellationToken)
    {
        CounsellingArguments.ValidateName(counsellor, nameof(counsellor));
        CounsellingArguments.ValidateCloseOutcome(outcome);
        return Change(ticketId, (open, now, changes) =>
        {
            if (!HeldBy(open, counsellor)) return TicketChangeStatus.NotClaimedByYou;
            Finish(open, TicketStatus.Closed, outcome, counsellor, AuditAction.Close, QueueChangeKind.Closed, now, changes);
            return TicketChangeStatus.Changed;
        });
    }

    public Task<TicketChange> CancelByUserAsync(string ticketId, CancellationToken cancellationToken) =>
        Change(ticketId, (open, now, changes) =>
        {
            if (open.Ticket.Status != TicketStatus.Waiting) return TicketChangeStatus.NotWaiting;
            Finish(open, TicketStatus.Cancelled, TicketOutcome.CancelledByUser, "user", AuditAction.Cancel, QueueChangeKind.Cancelled, now, changes);
            return TicketChangeStatus.Changed;
        });

    public Task<CounsellorTicket?> GetAsync(string ticketId, CancellationToken cancellationToken)
    {
        lock (store.Gate)
        {
            return Task.FromResult(Find(ticketId, store.Now()));
        }
    }

    public Task<CounsellorTicket?> FindOpenAsync(TicketConversation conversation, CancellationToken cancellationToken)
    {
        lock (store.Gate)
        {
            var found = store.Conversations.TryGetValue(conversation.Key, out var id) && store.Open.TryGetValue(id, out var open)
                ? open.Ticket
                : null;
            return Task.FromResult(found);
        }
    }

    public Task<IReadOnlyList<CounsellorTicket>> ListOpenAsync(CancellationToken cancellationToken)
    {
        var changes = new List<QueueChange>();
        IReadOnlyList<CounsellorTicket> list;
        lock (store.Gate)
        {
            RequeueExpired(store.Now(), changes);
            list = [.. store.Open.Values.OrderBy(t => t.Score).ThenBy(t => t.Ticket.Id, StringComparer.Ordinal).Select(t => t.Ticket)];
        }
        store.Publish(changes);
        return Task.FromResult(list);
    }

    public Task<QueuePosition?> GetPositionAsync(string ticketId, CancellationToken cancellationToken)
    {
        var changes = new List<QueueChange>();
        QueuePosition? position = null;
        lock (store.Gate)
        {
            RequeueExpired(store.Now(), changes);
            if (store.Open.TryGetValue(ticketId, out var open) && open.Ticket.Status == TicketStatus.Waiting)
            {
                var assignee = open.Ticket.AssignedTo;
                var ahead = Waiting()
                    .TakeWhile(t => t != open)
                    .Count(t => t.Ticket.AssignedTo is null || t.Ticket.AssignedTo == assignee);
                position = QueueWaitEstimator.Estimate(ahead, [.. store.ClaimWaits], store.Options.DefaultWaitPerPosition);
            }
        }
        store.Publish(changes);
        return Task.FromResult(position);
    }

    public Task<int> RequeueExpiredAsync(CancellationToken cancellationToken)
    {
        var changes = new List<QueueChange>();
        int moved;
        lock (store.Gate)
        {
            var now = store.Now();
            moved = RequeueExpired(now, changes);
            store.SweepExpired(now);
        }
        store.Publish(changes);
        return Task.FromResult(moved);
    }

    private Task<TicketChange> Change(string ticketId, Func<OpenTicket, DateTimeOffset, List<QueueChange>, TicketChangeStatus> change)
    {
        var changes = new List<QueueChange>();
        TicketChange result;
        lock (store.Gate)
        {
            var now = store.Now();
            RequeueExpired(now, changes);
            if (store.Open.TryGetValue(ticketId, out var open))
            {
                var status = change(open, now, changes);
                result = new TicketChange(status, Find(ticketId, now));
            }
            else
            {
                var closed = Find(ticketId, now);
                result = new TicketChange(closed is null ? TicketChangeStatus.NotFound : TicketChangeStatus.NotOpen, closed);
            }
        }
        store.Publish(changes);
        return Task.FromResult(result);
    }

    private CounsellorTicket? Find(string ticketId, DateTimeOffset now)
    {
        if (store.Open.TryGetValue(ticketId, out var open)) return open.Ticket;
        if (store.Closed.TryGetValue(ticketId, out var closed))
        {
            if (closed.ExpiresAt > now) return closed.Ticket;
            store.Closed.Remove(ticketId);
        }
        return null;
    }

    /// <summary>Waiting tickets in serving order: score (priority, then enqueue time), then id.</summary>
    private IEnumerable<OpenTicket> Waiting() =>
        store.Open.Values
            .Where(t => t.Ticket.Status == TicketStatus.Waiting)
            .OrderBy(t => t.Score)
            .ThenBy(t => t.Ticket.Id, StringComparer.Ordinal);

    private static bool HeldBy(OpenTicket open, string counsellor) =>
        open.Ticket.Status == TicketStatus.Claimed && open.Ticket.Counsellor == counsellor;

    private static CounsellorTicket ToWaiting(CounsellorTicket ticket) => ticket with
    {
        Status = TicketStatus.Waiting,
        Counsellor = null,
        LeaseExpiresAt = null,
        AssignedTo = null,
        AssignedUntil = null,
    };

    private CounsellorTicket Claim(OpenTicket open, string counsellor, DateTimeOffset now, List<QueueChange> changes)
    {
        if (open.Claims == 0)
        {
            store.ClaimWaits.AddFirst(new ClaimWait(now - open.Ticket.EnqueuedAt, open.PositionAtEnqueue));
            while (store.ClaimWaits.Count > store.Options.WaitHistorySize) store.ClaimWaits.RemoveLast();
        }
        open.Claims++;
        open.Ticket = open.Ticket with
        {
            Status = TicketStatus.Claimed,
            Counsellor = counsellor,
            LeaseExpiresAt = now + store.Options.LeaseDuration,
            ClaimedAt = now,
            AssignedTo = null,
            AssignedUntil = null,
        };
        store.WriteAudit(now, counsellor, AuditAction.Claim, open.Ticket.Id, $"priority=P{(int)open.Ticket.Priority}");
        changes.Add(new QueueChange(open.Ticket.Id, QueueChangeKind.Claimed));
        return open.Ticket;
    }

    private bool Raise(OpenTicket open, TicketPriority priority, string actor, DateTimeOffset now, List<QueueChange> changes)
    {
        var old = open.Ticket.Priority;
        if (priority >= old) return false;
        open.Ticket = open.Ticket with { Priority = priority };
        if (priority == TicketPriority.P1 && open.Ticket.AssignedTo is not null)
        {
            open.Ticket = open.Ticket with { AssignedTo = null, AssignedUntil = null };
        }
        store.WriteAudit(now, actor, AuditAction.Raise, open.Ticket.Id, $"from=P{(int)old} to=P{(int)priority}");
        changes.Add(new QueueChange(open.Ticket.Id, QueueChangeKind.Raised));
        return true;
    }

    private void Finish(OpenTicket open, TicketStatus status, TicketOutcome outcome, string actor, AuditAction action, QueueChangeKind kind, DateTimeOffset now, List<QueueChange> changes)
    {
        var ticket = open.Ticket with
        {
            Status = status,
            Outcome = outcome,
            ClosedAt = now,
            LeaseExpiresAt = null,
            AssignedTo = null,
            AssignedUntil = null,
        };
        store.Open.Remove(ticket.Id);
        store.Closed[ticket.Id] = (ticket, now + store.Options.Retention);
        var key = ticket.Conversation.Key;
        if (store.Conversations.TryGetValue(key, out var id) && id == ticket.Id) store.Conversations.Remove(key);
        if (store.LiveTranscript(key, now) is { } transcript) transcript.ExpiresAt = now + store.Options.Retention;
        store.WriteAudit(now, actor, action, ticket.Id, "outcome=" + outcome.ToCode());
        changes.Add(new QueueChange(ticket.Id, kind));
    }

    private int RequeueExpired(DateTimeOffset now, List<QueueChange> changes) =>
        // A claim whose lease ran out, and a transfer to a named counsellor who never took it, both go back
        // to the general queue at their old place (as _Queue.lua does in Redis).
        Requeue(now, changes, t => t.Status == TicketStatus.Claimed ? t.LeaseExpiresAt : null, t => t.Counsellor, "lease-expired")
        + Requeue(now, changes, t => t.Status == TicketStatus.Waiting ? t.AssignedUntil : null, t => t.AssignedTo, "assignment-lapsed");

    private int Requeue(DateTimeOffset now, List<QueueChange> changes,
        Func<CounsellorTicket, DateTimeOffset?> deadline, Func<CounsellorTicket, string?> holder, string reason)
    {
        var due = store.Open.Values
            .Where(t => deadline(t.Ticket) <= now)
            .OrderBy(t => deadline(t.Ticket))
            .Take(store.Options.RequeueBatchSize)
            .ToList();
        foreach (var open in due)
        {
            var counsellor = holder(open.Ticket);
            open.Ticket = ToWaiting(open.Ticket);
            store.WriteAudit(now, System, AuditAction.Requeue, open.Ticket.Id, $"{reason} counsellor={counsellor}");
            changes.Add(new QueueChange(open.Ticket.Id, QueueChangeKind.Requeued));
        }
        return due.Count;
    }
}
