namespace Helpline.Core.Counselling.InMemory;

/// <summary>The audit log in process memory, trimmed to the audit retention period.</summary>
public sealed class InMemoryAuditLog(InMemoryCounsellingStore store) : IAuditLog
{
    public Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        AuditArguments.Validate(entry);
        lock (store.Gate)
        {
            store.WriteAudit(entry.Time, entry.Actor, entry.Action, entry.TicketId, entry.Detail);
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> ReadRecentAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (store.Gate)
        {
            IReadOnlyList<AuditEntry> recent = [.. Enumerable.Reverse(store.Audit).Take(count)];
            return Task.FromResult(recent);
        }
    }

    public Task<IReadOnlyList<AuditEntry>> ReadTicketAsync(string ticketId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(ticketId);
        lock (store.Gate)
        {
            IReadOnlyList<AuditEntry> entries = [.. store.Audit.Where(e => e.TicketId == ticketId)];
            return Task.FromResult(entries);
        }
    }
}
