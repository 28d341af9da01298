namespace Helpline.Core.Counselling;

/// <summary>The conversation's open ticket, and whether this enqueue created it.</summary>
public sealed record EnqueueResult(CounsellorTicket Ticket, bool Created);
