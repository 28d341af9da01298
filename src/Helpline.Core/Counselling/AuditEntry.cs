namespace Helpline.Core.Counselling;

/// <summary>
/// One access to a ticket or its transcript. <see cref="Detail"/> holds codes and names only
/// (priority, outcome, target counsellor, sequence numbers), never a message body or a phone number.
/// </summary>
/// <param name="Actor">A counsellor's name, <c>user</c>, or <c>system</c>.</param>
public sealed record AuditEntry(DateTimeOffset Time, string Actor, AuditAction Action, string? TicketId, string? Detail);
