using System.Globalization;
using Helpline.Core;
using Helpline.Core.Languages;
using Helpline.Core.Turns;

namespace Helpline.Dialogs.Culture;

/// <summary>Makes a profile's language and country the culture of the rest of the turn.</summary>
public static class ConversationCulture
{
    /// <summary>
    /// Sets <see cref="CultureInfo.CurrentUICulture"/> and <see cref="CultureInfo.CurrentCulture"/> (they
    /// flow to everything this call awaits afterwards) and records a <see cref="TurnCulture"/> in the turn state.
    /// </summary>
    public static TurnCulture Apply(ITurnContext turnContext, ConversationProfile profile, bool languageRequested = false)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(profile);
        var language = HelplineLanguages.Normalize(profile.Language) ?? HelplineLanguages.Default;
        var turnCulture = new TurnCulture(HelplineLanguages.BaseLanguage(language), profile.Country, profile.Culture, languageRequested);
        var culture = CultureInfo.GetCultureInfo(turnCulture.Culture);
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        turnContext.TurnState.Set(turnCulture);
        return turnCulture;
    }

    /// <summary>The turn's culture as decided by the middleware, or the current UI culture's.</summary>
    public static TurnCulture Current(ITurnContext turnContext) =>
        turnContext.TurnState.Get<TurnCulture>()
        ?? new TurnCulture(HelplineLanguages.Default, null, HelplineLanguages.Default);

    /// <summary>Sets the thread's culture again from the turn state (after the middleware's async flow ended, e.g. on a turn error).</summary>
    public static void Restore(ITurnContext turnContext)
    {
        var turnCulture = turnContext.TurnState.Get<TurnCulture>();
        if (turnCulture is null) return;
        var culture = CultureInfo.GetCultureInfo(turnCulture.Culture);
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
    }
}
