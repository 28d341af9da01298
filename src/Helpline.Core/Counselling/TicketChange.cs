namespace Helpline.Core.Counselling;

/// <summary>The result of a change: its status, and the ticket as it is now (null when not found).</summary>
public sealed record TicketChange(TicketChangeStatus Status, CounsellorTicket? Ticket)
{
    public bool Succeeded => Status == TicketChangeStatus.Changed;
}
