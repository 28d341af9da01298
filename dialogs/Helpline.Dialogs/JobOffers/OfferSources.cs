using Helpline.Core.Dialogs.Choices;
using Microsoft.Extensions.Localization;

namespace Helpline.Dialogs.JobOffers;

/// <summary>Who can have made an offer, in the order the question lists them (keys <c>Offer.Who.&lt;Name&gt;</c>).</summary>
public static class OfferSources
{
    public const string Stranger = "stranger";
    public const string Friend = "friend";
    public const string Partner = "partner";
    public const string Relative = "relative";
    public const string Agency = "agency";
    public const string OnlineAd = "online-ad";

    private static readonly (string Value, string Key)[] Sources =
    [
        (Stranger, "Offer.Who.Stranger"), (Friend, "Offer.Who.Friend"), (Partner, "Offer.Who.Partner"),
        (Relative, "Offer.Who.Relative"), (Agency, "Offer.Who.Agency"), (OnlineAd, "Offer.Who.OnlineAd"),
    ];

    public static IReadOnlyList<string> All { get; } = [.. Sources.Select(s => s.Value)];

    public static List<Choice> Choices(IStringLocalizer strings) =>
        [.. Sources.Select(s => new Choice(s.Value) { Title = strings[s.Key].Value })];
}
