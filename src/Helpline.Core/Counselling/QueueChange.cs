namespace Helpline.Core.Counselling;

/// <summary>A notification that a ticket changed. It carries no personal data: read the ticket for that.</summary>
public sealed record QueueChange(string TicketId, QueueChangeKind Kind);
