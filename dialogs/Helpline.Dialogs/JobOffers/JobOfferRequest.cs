namespace Helpline.Dialogs.JobOffers;

/// <summary>
/// What the user told about a job offer: its text, who offered it (stranger, friend, partner, relative,
/// agency, online-ad, or null) and the age of the person it is for (null when not said).
/// </summary>
public sealed record JobOfferRequest(string Text, string? Source, int? Age);
