namespace Helpline.Server.JobOffers;

/// <summary>The report and its explanation in the user's language.</summary>
public sealed record JobOfferCheckResponse(
    string Language,
    string Culture,
    string? Country,
    string Risk,
    int Score,
    IReadOnlyList<JobOfferCheckSign> Signs,
    string Explanation,
    IReadOnlyList<string> Sms);

/// <summary>One sign found: its stable code, severity, weight and the evidence (span of the original text).</summary>
public sealed record JobOfferCheckSign(string Code, string Severity, int Weight, string? Evidence, int? Start, int? Length);
