using Helpline.Core.Counselling;

namespace Helpline.Server.Counselling;

/// <summary>A ticket as the console sees it: never the user's number or the channel's conversation id.</summary>
public sealed record TicketResponse(
    string Id,
    string Priority,
    IReadOnlyList<string> Categories,
    string Language,
    string? Country,
    string Channel,
    DateTimeOffset WaitingSince,
    string Status,
    string? Holder,
    string? AssignedTo,
    DateTimeOffset? LeaseExpiresAt,
    string? Outcome)
{
    public static TicketResponse From(CounsellorTicket ticket) => new(
        ticket.Id,
        ticket.Priority.ToString(),
        ticket.SafetyCategories,
        ticket.Culture,
        ticket.Country,
        ticket.Channel,
        ticket.EnqueuedAt,
        ticket.Status.ToString().ToLowerInvariant(),
        ticket.Status == TicketStatus.Claimed || ticket.Status == TicketStatus.Closed ? ticket.Counsellor : null,
        ticket.AssignedTo,
        ticket.LeaseExpiresAt,
        ticket.Outcome?.ToCode());
}
