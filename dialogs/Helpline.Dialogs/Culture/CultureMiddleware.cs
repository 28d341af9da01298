using Helpline.Core;
using Helpline.Core.Languages;
using Helpline.Core.State;
using Helpline.Core.Turns;
using Helpline.Dialogs.Understanding;

namespace Helpline.Dialogs.Culture;

/// <summary>
/// Decides, before the safety screen and the bot, which language and country a turn speaks, and makes
/// that the turn's culture (<see cref="System.Globalization.CultureInfo.CurrentUICulture"/> flows to
/// everything after it; <see cref="TurnCulture"/> goes into the turn state).
/// <list type="bullet">
/// <item>Country: from the phone prefix on SMS, the page (<c>channelData.country</c>) or the locale's
/// region on web chat; otherwise the welcome asks once.</item>
/// <item>Language: a user who writes a language's own name ("shqip", "română", "english") gets it and
/// keeps it. The first message decides when the identifier is sure enough, else the page's locale,
/// else the country's main language. Afterwards the language is sticky: it changes on its own only on
/// a long message the identifier is very sure of, and never once the user chose.</item>
/// </list>
/// </summary>
public sealed class CultureMiddleware(ConversationState conversationState, HelplineKeywords keywords, ILanguageIdentifier? identifier = null) : IMiddleware
{
    /// <summary>How sure the identifier must be of a first message to answer in its language.</summary>
    public const double FirstMessageConfidence = 0.6;

    /// <summary>How sure it must be, later, to switch a language the user did not choose.</summary>
    public const double SwitchConfidence = 0.9;

    /// <summary>A later message must have at least this many letters to switch the language.</summary>
    public const int SwitchMinLetters = 25;

    private readonly IStatePropertyAccessor<ConversationProfile> _profile = conversationState.CreateProperty<ConversationProfile>(nameof(ConversationProfile));

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var profile = await _profile.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken).ConfigureAwait(false);

        if (profile.Country is null)
        {
            var (country, source) = CountryDetection.Detect(activity);
            if (country is not null)
            {
                profile.Country = country;
                profile.CountrySource = source;
            }
        }

        var text = activity.IsMessage ? activity.Text : null;
        var requested = keywords.LanguageRequest(text);
        if (requested is not null)
        {
            profile.Language = requested;
            profile.LanguageChosen = true;
        }
        else if (profile.Language is null)
        {
            profile.Language = FirstLanguage(text, activity.Locale, profile.Country);
        }
        else if (!profile.LanguageChosen && identifier is not null && LetterCount(text) >= SwitchMinLetters)
        {
            var guess = identifier.Identify(text!);
            if (guess.Language is not null && guess.Language != profile.Language && guess.Confidence >= SwitchConfidence)
            {
                profile.Language = guess.Language;
            }
        }

        ConversationCulture.Apply(turnContext, profile, requested is not null);
        await next(cancellationToken).ConfigureAwait(false);
    }

    private string FirstLanguage(string? text, string? locale, string? country)
    {
        if (identifier is not null && LetterCount(text) >= 2)
        {
            var guess = identifier.Identify(text!);
            if (guess.Language is not null && guess.Confidence >= FirstMessageConfidence) return guess.Language;
        }
        return CountryDetection.LanguageOfLocale(locale)
            ?? CountryDetection.DefaultLanguage(country)
            ?? HelplineLanguages.Default;
    }

    private static int LetterCount(string? text) => text is null ? 0 : text.Count(char.IsLetter);
}
