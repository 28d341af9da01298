namespace Helpline.Core.Counselling;

/// <summary>A request for a counsellor, from the moment a conversation is escalated until it is closed.</summary>
public sealed record CounsellorTicket
{
    /// <summary>Zero-padded sequence number; ids sort in the order tickets were created.</summary>
    public required string Id { get; init; }

    public required TicketConversation Conversation { get; init; }

    /// <summary>The channel that owns the conversation (same as <see cref="TicketConversation.ChannelId"/>).</summary>
    public string Channel => Conversation.ChannelId;

    public required TicketPriority Priority { get; init; }

    public required string Culture { get; init; }

    public string? Country { get; init; }

    public IReadOnlyList<string> SafetyCategories { get; init; } = [];

    public required DateTimeOffset EnqueuedAt { get; init; }

    public required TicketStatus Status { get; init; }

    /// <summary>The counsellor who holds the ticket (while claimed) or who closed it.</summary>
    public string? Counsellor { get; init; }

    public DateTimeOffset? LeaseExpiresAt { get; init; }

    /// <summary>While waiting after a transfer to a named counsellor: only that counsellor may claim it.</summary>
    public string? AssignedTo { get; init; }

    /// <summary>When a named transfer lapses and the ticket returns to the general queue.</summary>
    public DateTimeOffset? AssignedUntil { get; init; }

    public DateTimeOffset? ClaimedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public TicketOutcome? Outcome { get; init; }

    public bool IsOpen => Status is TicketStatus.Waiting or TicketStatus.Claimed;

    /// <summary>Value equality, with the safety categories compared item by item.</summary>
    public bool Equals(CounsellorTicket? other) =>
        other is not null
        && Id == other.Id
        && Conversation == other.Conversation
        && Priority == other.Priority
        && Culture == other.Culture
        && Country == other.Country
        && SafetyCategories.SequenceEqual(other.SafetyCategories)
        && EnqueuedAt == other.EnqueuedAt
        && Status == other.Status
        && Counsellor == other.Counsellor
        && LeaseExpiresAt == other.LeaseExpiresAt
        && AssignedTo == other.AssignedTo
        && AssignedUntil == other.AssignedUntil
        && ClaimedAt == other.ClaimedAt
        && ClosedAt == other.ClosedAt
        && Outcome == other.Outcome;

    public override int GetHashCode() => HashCode.Combine(Id, Status, Counsellor, LeaseExpiresAt, Priority);
}
