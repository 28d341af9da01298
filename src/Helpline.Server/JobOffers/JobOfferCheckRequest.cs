namespace Helpline.Server.JobOffers;

/// <summary>The body of <c>POST /api/job-offers/check</c>.</summary>
/// <param name="Text">The offer as the user pasted it (at most <see cref="JobOfferApi.MaxTextLength"/> characters).</param>
/// <param name="Country">AL, MD, RO or UA: picks the numbers and the home-country reading; optional.</param>
/// <param name="Language">sq, ro, ro-MD, uk, ru or en for the explanation; detected from the text when absent.</param>
public sealed record JobOfferCheckRequest(string? Text, string? Country, string? Language);
