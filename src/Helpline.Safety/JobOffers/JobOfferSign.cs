namespace Helpline.Safety.JobOffers;

/// <summary>One entry of the sign catalogue: its stable code, severity and weight. Meaning and sources: docs/job-offer-signs.md.</summary>
public sealed record JobOfferSign(string Code, SignSeverity Severity)
{
    public int Weight => Severity switch
    {
        SignSeverity.Critical => 10,
        SignSeverity.Strong => 3,
        SignSeverity.Moderate => 2,
        SignSeverity.Weak => 1,
        SignSeverity.Info => 0,
        SignSeverity.Mitigating => -2,
        _ => 0,
    };
}
