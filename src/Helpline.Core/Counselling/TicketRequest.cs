namespace Helpline.Core.Counselling;

/// <summary>What an escalation asks for: a counsellor for this conversation, at this priority.</summary>
/// <param name="Culture">The conversation's culture (one of the helpline's language codes).</param>
/// <param name="Country">The user's country (AL, MD, RO, UA) when known.</param>
/// <param name="SafetyCategories">The safety screen's category codes that led here (letters, digits, '-', '_', '.').</param>
public sealed record TicketRequest(
    TicketConversation Conversation,
    TicketPriority Priority,
    string Culture,
    string? Country,
    IReadOnlyList<string> SafetyCategories);
