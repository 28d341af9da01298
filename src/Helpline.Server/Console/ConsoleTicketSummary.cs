namespace Helpline.Server.Console;

/// <summary>A ticket as the console shows it: codes for the page to translate, the user's number only masked.</summary>
public sealed record ConsoleTicketSummary(
    string Id,
    string Priority,
    string Status,
    string Channel,
    string Culture,
    string? Country,
    IReadOnlyList<string> SafetyCategories,
    DateTimeOffset EnqueuedAt,
    string? Counsellor,
    DateTimeOffset? LeaseExpiresAt,
    string? AssignedTo,
    string? MaskedNumber,
    bool CanRevealNumber);
