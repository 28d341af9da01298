using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Helpline.Dialogs.Culture;

/// <summary>Reads a string in a given culture, whatever the current one (for keyword lists of every language).</summary>
public static class LocalizedText
{
    public static string? InCulture(this IStringLocalizer localizer, string culture, string key)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var value = localizer[key];
            return value.ResourceNotFound ? null : value.Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>The string, or null when no culture in the chain has it (optional keys such as <c>.Sms2</c>).</summary>
    public static string? Optional(this IStringLocalizer localizer, string key)
    {
        var value = localizer[key];
        return value.ResourceNotFound || string.IsNullOrWhiteSpace(value.Value) ? null : value.Value;
    }
}
