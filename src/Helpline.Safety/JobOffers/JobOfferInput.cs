namespace Helpline.Safety.JobOffers;

/// <summary>
/// One offer to check: the text as pasted, and what the conversation knows: the user's country (AL, MD, RO, UA),
/// language (only a hint for the answer; every language's patterns run on every text), who made the offer and
/// the applicant's age.
/// </summary>
public sealed record JobOfferInput(
    string Text,
    string? Country = null,
    string? Language = null,
    OfferSource Source = OfferSource.Unknown,
    int? ApplicantAge = null);
