using Helpline.Core;
using Helpline.Safety.Text;
using PhoneNumbers;

namespace Helpline.Safety.JobOffers;

/// <summary>
/// Finds how an offer asks to be contacted: phone numbers (checked and placed in their country by
/// libphonenumber), messengers (the lexicons' messenger key: Viber, WhatsApp, Telegram...), e-mail
/// addresses and websites. Digit runs are pre-screened cheaply so libphonenumber only parses real candidates.
/// </summary>
internal static class ContactExtractor
{
    private const int MinDigits = 8;
    private const int MaxDigits = 15;

    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    public static List<ContactPoint> Extract(OfferMatches matches, string? country)
    {
        var found = new List<ContactPoint>();
        FindPhones(matches.Text.Original, country, found);
        foreach (var match in matches.All)
        {
            if (match.Key == JobOfferLexiconKeys.Messenger) found.Add(new ContactPoint(ContactKind.Messenger, null, match.Span));
        }
        FindAddresses(matches.Text.Original, found);
        found.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    private static void FindPhones(string text, string? country, List<ContactPoint> found)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var startsNumber = char.IsAsciiDigit(c) || (c == '+' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]));
            if (!startsNumber || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }
            var digits = 0;
            var lastDigit = i;
            var previousWasSeparator = false;
            for (var j = c == '+' ? i + 1 : i; j < text.Length; j++)
            {
                var d = text[j];
                if (char.IsAsciiDigit(d))
                {
                    digits++;
                    lastDigit = j;
                    previousWasSeparator = false;
                    if (digits > MaxDigits) break;
                    continue;
                }
                if (d is not (' ' or '-' or '.' or '(' or ')' or '/' or '\u00A0')) break;
                if (previousWasSeparator && d != '(' && text[j - 1] != ')') break; // two separators end the number
                previousWasSeparator = true;
            }
            var end = lastDigit + 1;
            if (digits is >= MinDigits and <= MaxDigits && (end >= text.Length || !char.IsLetter(text[end])))
            {
                var candidate = text[i..end];
                var region = ValidRegion(candidate, country);
                if (region is not null || candidate.StartsWith('+'))
                {
                    found.Add(new ContactPoint(ContactKind.Phone, region, new TextSpan(i, end - i)));
                }
            }
            i = Math.Max(end, i + 1);
        }
    }

    private static string? ValidRegion(string candidate, string? country)
    {
        if (candidate.StartsWith("00", StringComparison.Ordinal)) candidate = "+" + candidate[2..];
        if (candidate.StartsWith('+')) return RegionIfValid(candidate, "ZZ");
        if (country is not null && RegionIfValid(candidate, country) is { } home) return home;
        foreach (var served in HelplineCountries.Served)
        {
            if (served != country && RegionIfValid(candidate, served) is { } region) return region;
        }
        return null;
    }

    private static string? RegionIfValid(string candidate, string region)
    {
        try
        {
            var number = Phones.Parse(candidate, region);
            return Phones.IsValidNumber(number) ? Phones.GetRegionCodeForNumber(number) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    private static void FindAddresses(string text, List<ContactPoint> found)
    {
        var at = text.IndexOf('@');
        while (at > 0)
        {
            var start = at;
            while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or '_' or '-' or '+')) start--;
            var end = at + 1;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '.' or '-' or '_')) end++;
            while (end > at + 1 && text[end - 1] == '.') end--;
            var domain = text.AsSpan(at + 1, end - at - 1);
            if (start < at && domain.Contains('.')) found.Add(new ContactPoint(ContactKind.Email, null, new TextSpan(start, end - start)));
            at = text.IndexOf('@', at + 1);
        }
        foreach (var marker in new[] { "http://", "https://", "www." })
        {
            var index = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            while (index >= 0)
            {
                var end = index;
                while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
                while (end > index && text[end - 1] is '.' or ',' or ')' or '!' or '?') end--;
                if (!found.Any(f => f.Kind == ContactKind.Website && f.Span.Start <= index && f.Span.End >= end))
                {
                    found.Add(new ContactPoint(ContactKind.Website, null, new TextSpan(index, end - index)));
                }
                index = text.IndexOf(marker, end, StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
