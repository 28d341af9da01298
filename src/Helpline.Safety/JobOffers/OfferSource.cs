namespace Helpline.Safety.JobOffers;

/// <summary>Who made the offer, as the conversation asks after the paste (Unknown when not asked or not answered).</summary>
public enum OfferSource
{
    Unknown,
    Stranger,
    Friend,
    NewPartner,
    Relative,
    Returnee,
    Agency,
    OnlineAd,
}
