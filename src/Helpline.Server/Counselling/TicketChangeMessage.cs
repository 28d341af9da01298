namespace Helpline.Server.Counselling;

/// <summary>The <c>ticketChanged</c> event: which ticket, and what happened (<c>enqueued</c>, <c>claimed</c>, ...). No personal data.</summary>
public sealed record TicketChangeMessage(string TicketId, string Kind);
