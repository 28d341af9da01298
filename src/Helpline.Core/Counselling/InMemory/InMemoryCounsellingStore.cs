using Microsoft.Extensions.Options;

namespace Helpline.Core.Counselling.InMemory;

/// <summary>
/// The state behind the in-memory queue, transcripts and audit log (the embedded default for one
/// process): one lock, so every change is atomic like the Redis scripts; notifications are raised after
/// the lock is released. Retention is applied lazily against the injected clock.
/// </summary>
public sealed class InMemoryCounsellingStore(IOptions<CounsellorQueueOptions> options, TimeProvider timeProvider)
{
    internal object Gate { get; } = new();
    internal Dictionary<string, OpenTicket> Open { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, (CounsellorTicket Ticket, DateTimeOffset ExpiresAt)> Closed { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, string> Conversations { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, StoredTranscript> Transcripts { get; } = new(StringComparer.Ordinal);
    internal List<AuditEntry> Audit { get; } = [];
    internal LinkedList<ClaimWait> ClaimWaits { get; } = new();
    internal long Sequence { get; set; }

    private readonly List<Action<QueueChange>> _handlers = [];

    public CounsellorQueueOptions Options { get; } = options.Value;

    public TimeProvider Time { get; } = timeProvider;

    /// <summary>Now, to the millisecond (as stored in Redis).</summary>
    internal DateTimeOffset Now() => DateTimeOffset.FromUnixTimeMilliseconds(Time.GetUtcNow().ToUnixTimeMilliseconds());

    internal void WriteAudit(DateTimeOffset now, string actor, AuditAction action, string? ticketId, string? detail)
    {
        Audit.Add(new AuditEntry(now, actor, action, ticketId, detail));
        var oldest = now - Options.AuditRetention;
        var drop = 0;
        while (drop < Audit.Count && Audit[drop].Time < oldest) drop++;
        if (drop > 0) Audit.RemoveRange(0, drop);
    }

    internal IDisposable AddHandler(Action<QueueChange> handler)
    {
        lock (_handlers) _handlers.Add(handler);
        return new Unsubscriber(this, handler);
    }

    /// <summary>Raises the changes collected under the lock; call after releasing it. A failing handler does not stop the others.</summary>
    internal void Publish(List<QueueChange> changes)
    {
        if (changes.Count == 0) return;
        Action<QueueChange>[] handlers;
        lock (_handlers) handlers = [.. _handlers];
        foreach (var change in changes)
        {
            foreach (var handler in handlers)
            {
                try
                {
                    handler(change);
                }
                catch (Exception)
                {
                    // A subscriber's failure must never undo or block a queue change.
                }
            }
        }
    }

    /// <summary>Drops closed tickets and transcripts past their retention (Redis expires its keys by itself).</summary>
    internal void SweepExpired(DateTimeOffset now)
    {
        foreach (var id in Closed.Where(c => c.Value.ExpiresAt <= now).Select(c => c.Key).ToList()) Closed.Remove(id);
        foreach (var key in Transcripts.Where(t => t.Value.ExpiresAt <= now).Select(t => t.Key).ToList()) Transcripts.Remove(key);
    }

    internal StoredTranscript? LiveTranscript(string key, DateTimeOffset now)
    {
        if (!Transcripts.TryGetValue(key, out var transcript)) return null;
        if (transcript.ExpiresAt is { } expires && expires <= now)
        {
            Transcripts.Remove(key);
            return null;
        }
        return transcript;
    }

    internal sealed class OpenTicket(CounsellorTicket ticket, int positionAtEnqueue)
    {
        public CounsellorTicket Ticket { get; set; } = ticket;
        public int PositionAtEnqueue { get; } = positionAtEnqueue;
        public int Claims { get; set; }
        public double Score => QueueScore(Ticket.Priority, Ticket.EnqueuedAt);
    }

    internal sealed class StoredTranscript
    {
        public List<TranscriptEntry> Entries { get; } = [];
        public DateTimeOffset? ExpiresAt { get; set; }
    }

    /// <summary>Priority first, then enqueue time: the same score the Redis queue stores.</summary>
    internal static double QueueScore(TicketPriority priority, DateTimeOffset enqueuedAt) =>
        (int)priority * 1e13 + enqueuedAt.ToUnixTimeMilliseconds();

    private sealed class Unsubscriber(InMemoryCounsellingStore store, Action<QueueChange> handler) : IDisposable
    {
        public void Dispose()
        {
            lock (store._handlers) store._handlers.Remove(handler);
        }
    }
}
