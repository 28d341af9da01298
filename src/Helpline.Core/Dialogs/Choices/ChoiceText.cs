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
            else if (char.IsWhiteSpace(c) || c is '-' or '\'' or '’') AppendSpace(sb);
            else AppendSpace(sb);
        }
        // Cyrillic й and ё lose their marks above; users write both forms, so that is what we want.
        return sb.ToString().Trim();
    }

    private static void AppendSpace(StringBuilder sb)
    {
        if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
    }
}
