namespace Helpline.Safety.JobOffers;

/// <summary>How much a sign weighs (see docs/job-offer-signs.md).</summary>
public enum SignSeverity
{
    /// <summary>One is enough for HIGH; mitigating signs never lower it.</summary>
    Critical,

    /// <summary>Weight 3: two make HIGH, one makes MEDIUM.</summary>
    Strong,

    /// <summary>Weight 2: three make HIGH, one makes MEDIUM.</summary>
    Moderate,

    /// <summary>Weight 1: adds up with others, never MEDIUM alone.</summary>
    Weak,

    /// <summary>Weight 0: nothing wrong in itself, but there is something to check (e.g. an agency's licence).</summary>
    Info,

    /// <summary>Lowers the score (weight -2), never below what a critical sign sets.</summary>
    Mitigating,
}
