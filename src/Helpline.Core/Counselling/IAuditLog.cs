namespace Helpline.Core.Counselling;

/// <summary>
/// Who did what to which ticket, append-only, kept for the audit retention period. The queue and the
/// transcript store write their own entries; the console writes <c>view</c> and <c>reveal-number</c>.
/// </summary>
public interface IAuditLog
{
    Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>The most recent entries, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadRecentAsync(int count, CancellationToken cancellationToken);

    /// <summary>Every kept entry about one ticket, oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadTicketAsync(string ticketId, CancellationToken cancellationToken);
}
