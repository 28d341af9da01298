namespace Helpline.Safety.JobOffers;

/// <summary>How risky a job offer looks. Serialized in lower case (low, medium, high).</summary>
public enum JobOfferRisk
{
    Low,
    Medium,
    High,
}
