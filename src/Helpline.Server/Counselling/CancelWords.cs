using System.Globalization;
using System.Text;
using Helpline.Core;
using Helpline.Locales;
using Microsoft.Extensions.Localization;

namespace Helpline.Server.Counselling;

/// <summary>
/// The whole-message words that withdraw a waiting request (<c>Keyword.Cancel</c> in
/// <c>locales/EscalationStrings*.resx</c>, comma-separated, the first shown to users). The words of every
/// language count in every conversation; case, diacritics and surrounding punctuation are ignored.
/// </summary>
public sealed class CancelWords
{
    public const string Key = "Keyword.Cancel";

    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly IStringLocalizer<EscalationStrings> _strings;

    public CancelWords(IStringLocalizer<EscalationStrings> strings)
    {
        _strings = strings;
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var culture in HelplineLanguages.Cultures)
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                foreach (var word in Split(strings[Key].Value)) _words.Add(Fold(word));
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    /// <summary>True when the whole message is a cancel word.</summary>
    public bool IsCancel(string? text) => !string.IsNullOrWhiteSpace(text) && _words.Contains(Fold(text));

    /// <summary>The word shown to users in the current UI culture.</summary>
    public string Shown() => Split(_strings[Key].Value).FirstOrDefault() ?? "";

    private static IEnumerable<string> Split(string value) =>
        value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    internal static string Fold(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0) builder.Append(' ');
                builder.Append(char.ToUpperInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }
        return builder.ToString();
    }
}
