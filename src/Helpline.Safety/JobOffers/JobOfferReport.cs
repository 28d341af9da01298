namespace Helpline.Safety.JobOffers;

/// <summary>
/// The result of checking one offer: the risk level, the score it came from, every sign found (critical
/// first, then by weight, then by position) and what the extractors read (amounts, ages, contacts).
/// </summary>
public sealed record JobOfferReport(
    JobOfferRisk Risk,
    int Score,
    IReadOnlyList<FoundSign> Signs,
    IReadOnlyList<MoneyAmount> Money,
    IReadOnlyList<AgeRequirement> Ages,
    IReadOnlyList<ContactPoint> Contacts)
{
    public bool HasCritical => Signs.Any(s => s.Severity == SignSeverity.Critical);
}
