namespace Helpline.Safety.Disclosures;

/// <summary>
/// One match that made the screen flag a category: where it is in the ORIGINAL message (so a counsellor's
/// console can highlight it), which lexicon entry matched and in which language's lexicon.
/// </summary>
public sealed record DisclosureEvidence(
    DisclosureCategory Category,
    int Start,
    int Length,
    string Text,
    string Language,
    string PatternId);
