namespace Helpline.Core;

/// <summary>
/// The languages the helpline speaks, as BCP-47 codes. Romanian as used in Moldova is the culture
/// <c>ro-MD</c>, which falls back to <c>ro</c> for every string it does not override.
/// </summary>
public static class HelplineLanguages
{
    public const string Albanian = "sq";
    public const string Romanian = "ro";
    public const string MoldovanRomanian = "ro-MD";
    public const string Ukrainian = "uk";
    public const string Russian = "ru";
    public const string English = "en";

    /// <summary>The languages a text can be identified as (ro-MD is ro plus the country).</summary>
    public static readonly IReadOnlyList<string> Identifiable = [Albanian, Romanian, Ukrainian, Russian, English];

    /// <summary>Every culture with its own strings.</summary>
    public static readonly IReadOnlyList<string> Cultures = [Albanian, Romanian, MoldovanRomanian, Ukrainian, Russian, English];

    public const string Default = English;

    public static bool IsSupported(string? code) =>
        code is not null && Cultures.Contains(code, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The culture to speak: a language plus the user's country (Romanian in Moldova is ro-MD).
    /// Unknown languages fall back to the default.
    /// </summary>
    public static string CultureFor(string? language, string? country)
    {
        var lang = Normalize(language) ?? Default;
        if (lang == Romanian && string.Equals(country, HelplineCountries.Moldova, StringComparison.OrdinalIgnoreCase))
        {
            return MoldovanRomanian;
        }
        return lang;
    }

    /// <summary>The canonical spelling of a supported code ("RO-md" -> "ro-MD"), or null.</summary>
    public static string? Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        foreach (var c in Cultures)
        {
            if (string.Equals(c, code.Trim(), StringComparison.OrdinalIgnoreCase)) return c;
        }
        return null;
    }

    /// <summary>The base language of a culture ("ro-MD" -> "ro").</summary>
    public static string BaseLanguage(string culture) =>
        culture.Contains('-') ? culture[..culture.IndexOf('-')] : culture;
}
