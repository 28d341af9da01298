using System.Globalization;
using System.Text.Json;
using Helpline.Core;
using Helpline.Core.Countries;
using Helpline.Core.Schema;

namespace Helpline.Dialogs.Culture;

/// <summary>
/// The user's country from what the channel tells: the phone number's prefix on SMS, the page's
/// <c>channelData.country</c> or the locale's region on web chat. Null when none of these names a served country.
/// </summary>
public static class CountryDetection
{
    public static (string? Country, string? Source) Detect(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (ChannelIds.IsSms(activity.ChannelId))
        {
            var fromPhone = PhoneCountry.FromPhoneNumber(activity.From?.Id);
            return fromPhone is null ? (null, null) : (fromPhone, "phone");
        }
        var fromPage = FromChannelData(activity.ChannelData);
        if (fromPage is not null) return (fromPage, "page");
        var fromLocale = FromLocale(activity.Locale);
        return fromLocale is null ? (null, null) : (fromLocale, "locale");
    }

    public static string? FromChannelData(JsonElement? channelData)
    {
        if (channelData is not { ValueKind: JsonValueKind.Object } data) return null;
        return data.TryGetProperty("country", out var country) && country.ValueKind == JsonValueKind.String
            ? HelplineCountries.Normalize(country.GetString())
            : null;
    }

    /// <summary>The language the user picked on the web chat page (<c>channelData.language</c>: sq, ro, ro-MD, uk, ru, en), as a base language.</summary>
    public static string? LanguageFromChannelData(JsonElement? channelData)
    {
        if (channelData is not { ValueKind: JsonValueKind.Object } data) return null;
        if (!data.TryGetProperty("language", out var language) || language.ValueKind != JsonValueKind.String) return null;
        return HelplineLanguages.Normalize(language.GetString()) is { } culture ? HelplineLanguages.BaseLanguage(culture) : null;
    }

    /// <summary>The region of a locale such as "ro-MD" or "uk-UA", when it is a served country.</summary>
    public static string? FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale)) return null;
        var dash = locale.IndexOfAny(['-', '_']);
        if (dash < 0 || dash == locale.Length - 1) return null;
        return HelplineCountries.Normalize(locale[(dash + 1)..].Split('-', '_')[^1]);
    }

    /// <summary>The language of a page's locale ("ro-MD" -> "ro"), when the helpline speaks it.</summary>
    public static string? LanguageOfLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale)) return null;
        try
        {
            var language = CultureInfo.GetCultureInfo(locale).TwoLetterISOLanguageName;
            return HelplineLanguages.Identifiable.Contains(language) ? language : null;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
