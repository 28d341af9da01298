namespace Helpline.Safety.Disclosures;

/// <summary>
/// What the screen found in one message: escalate or not, the priority set by the most urgent category,
/// the categories (most urgent first) and the evidence in the original text.
/// </summary>
public sealed record DisclosureResult(
    bool Escalate,
    DisclosurePriority? Priority,
    IReadOnlyList<DisclosureCategory> Categories,
    IReadOnlyList<DisclosureEvidence> Evidence)
{
    /// <summary>Nothing to escalate.</summary>
    public static DisclosureResult None { get; } = new(false, null, [], []);
}
