using System.Globalization;
using System.Text;

namespace Helpline.Core.Dialogs.Choices;

/// <summary>
/// Folding of short replies for matching: lower case, no diacritics (users often type without them),
/// Romanian cedilla and comma letters made equal, punctuation and spaces trimmed.
/// </summary>
public static class ChoiceText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) sb.Append(c);
            else if (char.IsWhiteSpace(c) || c is '-' or '\'' or '\u2019') AppendSpace(sb);
            else AppendSpace(sb);
        }
        // Letters that differ only by a mark above (Cyrillic short i, yo) become one: users type both forms.
        return sb.ToString().Trim();
    }

    private static void AppendSpace(StringBuilder sb)
    {
        if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
    }
}
