using System.Text.Json.Serialization;
using Helpline.Core;

namespace Helpline.Dialogs;

/// <summary>
/// What the helpline knows about a conversation (kept in conversation state, erased with it): the
/// language it speaks, the user's country and whether the welcome and the country question were done.
/// </summary>
public sealed class ConversationProfile
{
    public string? Language { get; set; }

    /// <summary>True once the user picked the language: it then changes only when they ask again.</summary>
    public bool LanguageChosen { get; set; }

    /// <summary>The language last shown in the web chat page's picker; a change there is the user asking for it.</summary>
    public string? PageLanguage { get; set; }

    public string? Country { get; set; }

    /// <summary>Where the country came from: phone, page, locale or asked.</summary>
    public string? CountrySource { get; set; }

    /// <summary>The country question is asked once, never again, whatever the answer.</summary>
    public bool CountryAsked { get; set; }

    public bool Welcomed { get; set; }

    [JsonIgnore]
    public string Culture => HelplineLanguages.CultureFor(Language, Country);
}
