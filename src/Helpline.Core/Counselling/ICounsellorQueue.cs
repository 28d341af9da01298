namespace Helpline.Core.Counselling;

/// <summary>
/// The queue of conversations waiting for a counsellor: most urgent priority first, first come first
/// served within a priority. Every change is atomic: two counsellors never hold the same ticket.
/// A claim holds a lease that the counsellor's client renews; a ticket whose lease expires returns to
/// the queue at the place it had (its priority and original enqueue time). Every change is written to
/// the audit log and announced through <see cref="IQueueNotifications"/>.
/// </summary>
public interface ICounsellorQueue
{
    /// <summary>
    /// Opens a ticket for the conversation, or, when it already has an open one, returns that ticket
    /// (raising its priority first when the request is more urgent). At most one open ticket per conversation.
    /// </summary>
    Task<EnqueueResult> EnqueueAsync(TicketRequest request, CancellationToken cancellationToken);

    /// <summary>Claims the most urgent ticket this counsellor may take (the general queue, or one transferred to them); null when none waits.</summary>
    Task<CounsellorTicket?> ClaimNextAsync(string counsellor, CancellationToken cancellationToken);

    /// <summary>Claims one ticket. Claiming a ticket one already holds renews the lease.</summary>
    Task<TicketChange> ClaimAsync(string ticketId, string counsellor, CancellationToken cancellationToken);

    /// <summary>Extends the lease of a ticket the counsellor holds. An expired lease cannot be renewed (the ticket is back in the queue).</summary>
    Task<TicketChange> RenewLeaseAsync(string ticketId, string counsellor, CancellationToken cancellationToken);

    /// <summary>Returns a held ticket to the general queue at its old place.</summary>
    Task<TicketChange> TransferToQueueAsync(string ticketId, string counsellor, CancellationToken cancellationToken);

    /// <summary>
    /// Hands a held ticket to a named counsellor: only they may claim it, and it is in their
    /// <see cref="ClaimNextAsync"/>. If they do not claim it within the assignment timeout it returns to the general queue.
    /// </summary>
    Task<TicketChange> TransferToCounsellorAsync(string ticketId, string counsellor, string toCounsellor, CancellationToken cancellationToken);

    /// <summary>
    /// Raises an open ticket's priority (never lowers it). A waiting ticket moves to its place in the new
    /// priority, by its original enqueue time. Raising to P1 ends a named transfer, so anyone may take it.
    /// </summary>
    Task<TicketChange> RaisePriorityAsync(string ticketId, TicketPriority priority, string actor, CancellationToken cancellationToken);

    /// <summary>Closes a ticket the counsellor holds, with an outcome (not <see cref="TicketOutcome.CancelledByUser"/>).</summary>
    Task<TicketChange> CloseAsync(string ticketId, string counsellor, TicketOutcome outcome, CancellationToken cancellationToken);

    /// <summary>
    /// The user withdraws a ticket that no counsellor holds yet (status cancelled, outcome cancelled-by-user).
    /// Once a counsellor holds it the result is <see cref="TicketChangeStatus.NotWaiting"/>: the counsellor
    /// sees the user's message in the transcript and closes it with <see cref="TicketOutcome.UserStopped"/>.
    /// </summary>
    Task<TicketChange> CancelByUserAsync(string ticketId, CancellationToken cancellationToken);

    /// <summary>An open ticket, or a closed one still within the retention period; not audited (the console writes <c>view</c>).</summary>
    Task<CounsellorTicket?> GetAsync(string ticketId, CancellationToken cancellationToken);

    /// <summary>The conversation's open ticket, or null.</summary>
    Task<CounsellorTicket?> FindOpenAsync(TicketConversation conversation, CancellationToken cancellationToken);

    /// <summary>Every open ticket (waiting and claimed), most urgent first; expired leases are requeued first.</summary>
    Task<IReadOnlyList<CounsellorTicket>> ListOpenAsync(CancellationToken cancellationToken);

    /// <summary>A waiting ticket's position and estimated wait; null when it is not waiting.</summary>
    Task<QueuePosition?> GetPositionAsync(string ticketId, CancellationToken cancellationToken);

    /// <summary>Returns tickets whose lease expired (and lapsed named transfers) to the queue; the count moved.</summary>
    Task<int> RequeueExpiredAsync(CancellationToken cancellationToken);
}
