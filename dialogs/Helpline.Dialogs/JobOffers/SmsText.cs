using System.Globalization;
using System.Text;
using Helpline.Core.Sms;

namespace Helpline.Dialogs.JobOffers;

/// <summary>
/// Makes a text cheaper to send by SMS: when dropping diacritics (a s t e c ...) turns it into GSM-7 text,
/// the plain form is used (160/153 characters a segment instead of 70/67); Cyrillic text stays as it is.
/// </summary>
public static class SmsText
{
    public static string Plain(string text)
    {
        if (SmsSegments.IsGsm7(text)) return text;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var single = c.ToString();
            if (SmsSegments.IsGsm7(single))
            {
                builder.Append(c);
                continue;
            }
            foreach (var d in single.Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark) builder.Append(d);
            }
        }
        var plain = builder.ToString()
            .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u2014', '-').Replace('\u2013', '-');
        return SmsSegments.IsGsm7(plain) ? plain : text;
    }
}
