using Helpline.Core.State;
using Helpline.Core.Turns;
using Helpline.Safety.Language;

namespace Helpline.Dialogs.Culture;

/// <summary>
/// Decides, before the safety screen and the bot, which language and country a turn speaks, and makes
/// that the turn's culture (<see cref="System.Globalization.CultureInfo.CurrentUICulture"/> flows to
/// everything after it; a <see cref="Helpline.Core.Languages.TurnCulture"/> goes into the turn state).
/// <list type="bullet">
/// <item>Country: from the phone prefix on SMS, the page (<c>channelData.country</c>) or the locale's
/// region on web chat; otherwise the welcome asks once.</item>
/// <item>Language: <see cref="ConversationLanguage"/> decides (a request such as "shqip" or "english"
/// always wins; a first message in a clear language; later only a long, confidently identified
/// message switches). Where a first message says too little, a web page's own locale comes before the
/// country's main language. Once the user chose a language it changes only when they ask again, in a
/// message or with the web chat page's language picker (<c>channelData.language</c>).</item>
/// </list>
/// </summary>
public sealed class CultureMiddleware(ConversationState conversationState, ConversationLanguage conversationLanguage) : IMiddleware
{
    private readonly IStatePropertyAccessor<ConversationProfile> _profile = conversationState.CreateProperty<ConversationProfile>(nameof(ConversationProfile));

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        var profile = await _profile.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken).ConfigureAwait(false);

        // The web chat page's pickers: a country chosen there is the user's; a language changed there is a request.
        if (CountryDetection.FromChannelData(activity.ChannelData) is { } pageCountry && pageCountry != profile.Country)
        {
            profile.Country = pageCountry;
            profile.CountrySource = "page";
        }
        var pageLanguage = CountryDetection.LanguageFromChannelData(activity.ChannelData);
        var pickedOnPage = pageLanguage is not null && profile.PageLanguage is not null && pageLanguage != profile.PageLanguage;
        if (pageLanguage is not null) profile.PageLanguage = pageLanguage;

        if (profile.Country is null)
        {
            var (country, source) = CountryDetection.Detect(activity);
            if (country is not null)
            {
                profile.Country = country;
                profile.CountrySource = source;
            }
        }

        var requested = false;
        var text = activity.IsMessage ? activity.Text : null;
        if (pickedOnPage)
        {
            profile.Language = pageLanguage;
            profile.LanguageChosen = true;
        }
        else if (profile.Language is null || !string.IsNullOrWhiteSpace(text))
        {
            var decision = conversationLanguage.Decide(profile.Language, profile.Country, text);
            requested = decision.Reason == LanguageDecisionReason.Requested;
            var language = decision.Language;
            if (profile.Language is null
                && decision.Reason is LanguageDecisionReason.CountryDefault or LanguageDecisionReason.HelplineDefault
                && (pageLanguage ?? CountryDetection.LanguageOfLocale(activity.Locale)) is { } fromPage)
            {
                language = fromPage;
            }
            if (requested)
            {
                profile.Language = language;
                profile.LanguageChosen = true;
            }
            else if (profile.Language is null || !profile.LanguageChosen)
            {
                profile.Language = language;
            }
        }

        ConversationCulture.Apply(turnContext, profile, requested);
        await next(cancellationToken).ConfigureAwait(false);
    }
}
