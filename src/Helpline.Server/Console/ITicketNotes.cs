namespace Helpline.Server.Console;

/// <summary>
/// Private notes kept with a ticket, for the counsellors who hold it next. Kept for the counselling
/// retention period after the last note. The console audits each note (<c>note</c>) without its text.
/// </summary>
public interface ITicketNotes
{
    Task AddAsync(string ticketId, TicketNote note, CancellationToken cancellationToken);

    /// <summary>Every kept note of the ticket, oldest first.</summary>
    Task<IReadOnlyList<TicketNote>> ListAsync(string ticketId, CancellationToken cancellationToken);
}
