using System.Diagnostics.CodeAnalysis;
using Helpline.Core;
using Helpline.Core.Languages;

namespace Helpline.Safety.Language;

/// <summary>
/// Decides the language a conversation speaks, message by message. A conversation keeps its language
/// (people mix in words of other languages, and short replies such as "ok" or "da" tell nothing), and
/// changes it only when the user asks or when a long enough message is confidently in another language:
/// <list type="number">
/// <item>A whole-message request ("shqip", "romana", "ukrainska", "russkiy", "english" and the same in every script, listed in
/// <c>locales/language-id/keywords.yaml</c>) always wins.</item>
/// <item>First message: the identified language when its confidence is at least
/// <see cref="FirstMessageConfidence"/>; otherwise the country's language (AL sq, MD ro, RO ro, UA uk);
/// otherwise English.</item>
/// <item>Later messages: the current language, unless the message has at least
/// <see cref="SwitchMinimumLetters"/> letters and is identified as another language with a confidence of
/// at least <see cref="SwitchConfidence"/>.</item>
/// </list>
/// The numbered language menu is handled by the dialogs, which pass the choice on as a request.
/// Pure and thread-safe.
/// </summary>
public sealed class ConversationLanguage
{
    /// <summary>The confidence a first message needs for its language to be taken.</summary>
    public const double FirstMessageConfidence = 0.85;

    /// <summary>The confidence a later message needs to switch the conversation's language.</summary>
    public const double SwitchConfidence = 0.95;

    /// <summary>
    /// The letters a later message needs to switch the language: short messages ("ok", "mersi",
    /// a name, a town) are too easily shared between languages.
    /// </summary>
    public const int SwitchMinimumLetters = 20;

    private readonly ILanguageIdentifier _identifier;
    private readonly Dictionary<string, string> _requests;

    /// <summary>Uses the request words embedded in Helpline.Locales.</summary>
    public ConversationLanguage(ILanguageIdentifier identifier)
        : this(identifier, LanguageIdLexicon.LoadEmbedded())
    {
    }

    public ConversationLanguage(ILanguageIdentifier identifier, LanguageIdLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        ArgumentNullException.ThrowIfNull(lexicon);
        _identifier = identifier;
        _requests = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (language, phrases) in lexicon.Requests)
        {
            foreach (var phrase in phrases)
            {
                var key = LanguageText.Normalize(phrase);
                if (key.Length == 0) continue;
                if (_requests.TryGetValue(key, out var existing) && existing != language)
                {
                    throw new InvalidDataException($"The language request '{phrase}' is listed for two languages.");
                }
                _requests[key] = language;
            }
        }
    }

    /// <summary>
    /// The language to speak after <paramref name="text"/>.
    /// </summary>
    /// <param name="currentLanguage">The conversation's language so far (a language or culture code), or null before the first message.</param>
    /// <param name="country">The user's country (AL, MD, RO, UA) when known, from the phone number or the page.</param>
    /// <param name="text">The user's message.</param>
    public LanguageDecision Decide(string? currentLanguage, string? country, string? text)
    {
        var current = HelplineLanguages.Normalize(currentLanguage) is { } culture ? HelplineLanguages.BaseLanguage(culture) : null;
        text ??= string.Empty;

        if (TryParseLanguageRequest(text, out var requested))
        {
            return Decision(requested, country, LanguageDecisionReason.Requested, 1, current);
        }

        var guess = _identifier.Identify(text);
        if (current is null)
        {
            if (guess.Language is not null && guess.Confidence >= FirstMessageConfidence)
            {
                return Decision(guess.Language, country, LanguageDecisionReason.Identified, guess.Confidence, current);
            }
            return CountryDefault(country) is { } byCountry
                ? Decision(byCountry, country, LanguageDecisionReason.CountryDefault, guess.Confidence, current)
                : Decision(HelplineLanguages.Default, country, LanguageDecisionReason.HelplineDefault, guess.Confidence, current);
        }

        if (guess.Language is not null
            && guess.Language != current
            && guess.Confidence >= SwitchConfidence
            && LetterCount(text) >= SwitchMinimumLetters)
        {
            return Decision(guess.Language, country, LanguageDecisionReason.Switched, guess.Confidence, current);
        }
        return Decision(current, country, LanguageDecisionReason.Kept, guess.Language == current ? guess.Confidence : 0, current);
    }

    /// <summary>
    /// True when the whole message asks for a language ("Shqip", "romana", "Russkiy!", "english please"):
    /// case, Latin diacritics, punctuation and spacing are ignored; a longer sentence that merely
    /// mentions a language is not a request.
    /// </summary>
    public bool TryParseLanguageRequest(string? text, [NotNullWhen(true)] out string? language)
    {
        language = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64) return false;
        return _requests.TryGetValue(LanguageText.Normalize(text), out language);
    }

    /// <summary>The language spoken by default in a served country (AL sq, MD ro, RO ro, UA uk), or null.</summary>
    public static string? CountryDefault(string? country) => HelplineCountries.Normalize(country) switch
    {
        HelplineCountries.Albania => HelplineLanguages.Albanian,
        HelplineCountries.Moldova => HelplineLanguages.Romanian,
        HelplineCountries.Romania => HelplineLanguages.Romanian,
        HelplineCountries.Ukraine => HelplineLanguages.Ukrainian,
        _ => null,
    };

    private static LanguageDecision Decision(string language, string? country, LanguageDecisionReason reason, double confidence, string? current) =>
        new(language, HelplineLanguages.CultureFor(language, HelplineCountries.Normalize(country)), reason, confidence, language != current);

    private static int LetterCount(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c)) count++;
        }
        return count;
    }
}
