namespace Helpline.Locales;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;JobOfferStrings&gt;</c>: the resource family in <c>locales/JobOfferStrings*.resx</c>.
/// Strings of the job-offer check: risk levels, each sign's explanation, what to check.
/// </summary>
public sealed class JobOfferStrings;
