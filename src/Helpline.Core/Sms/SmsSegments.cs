using System.Text;

namespace Helpline.Core.Sms;

/// <summary>
/// The SMS segment calculator: GSM-7 (with its extension table) or UCS-2, 160/153 and 70/67 units.
/// Used on every outbound SMS and by the content tests that keep each text within its budget.
/// </summary>
public static class SmsSegments
{
    public const int Gsm7Single = 160;
    public const int Gsm7Multipart = 153;
    public const int Ucs2Single = 70;
    public const int Ucs2Multipart = 67;

    /// <summary>Twilio's limit for one message body; longer text is split into several messages.</summary>
    public const int MaxMessageLength = 1600;

    // GSM 03.38 basic character set.
    private const string Gsm7Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    // GSM 03.38 extension table: each costs an escape plus the character (two septets).
    private const string Gsm7Extension = "^{}\\[~]|€\f";

    private static readonly HashSet<Rune> BasicSet = Gsm7Basic.EnumerateRunes().ToHashSet();
    private static readonly HashSet<Rune> ExtensionSet = Gsm7Extension.EnumerateRunes().ToHashSet();

    /// <summary>True when every character is in the GSM-7 basic or extension table.</summary>
    public static bool IsGsm7(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (!BasicSet.Contains(rune) && !ExtensionSet.Contains(rune)) return false;
        }
        return true;
    }

    public static SmsSegmentCount Calculate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsGsm7(text))
        {
            var septets = 0;
            foreach (var rune in text.EnumerateRunes())
            {
                septets += ExtensionSet.Contains(rune) ? 2 : 1;
            }
            return new SmsSegmentCount(SmsEncoding.Gsm7, SegmentsFor(septets, Gsm7Single, Gsm7Multipart, text, gsm: true), septets);
        }
        // UCS-2 counts UTF-16 code units; a character outside the BMP takes two and is never split.
        return new SmsSegmentCount(SmsEncoding.Ucs2, SegmentsFor(text.Length, Ucs2Single, Ucs2Multipart, text, gsm: false), text.Length);
    }

    private static int SegmentsFor(int units, int single, int multipart, string text, bool gsm)
    {
        if (units == 0) return 1;
        if (units <= single) return 1;
        // Walk the text so an escape pair (GSM-7) or a surrogate pair (UCS-2) is never cut between segments.
        var segments = 1;
        var used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var cost = gsm ? (ExtensionSet.Contains(rune) ? 2 : 1) : rune.Utf16SequenceLength;
            if (used + cost > multipart)
            {
                segments++;
                used = 0;
            }
            used += cost;
        }
        return segments;
    }

    /// <summary>
    /// Splits text into message bodies of at most <paramref name="maxLength"/> characters, at a sentence
    /// end where possible, else at a word boundary, else hard.
    /// </summary>
    public static IReadOnlyList<string> Split(string text, int maxLength = MaxMessageLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var parts = new List<string>();
        var rest = text.Trim();
        while (rest.Length > maxLength)
        {
            var cut = LastBoundary(rest, maxLength);
            parts.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }
        if (rest.Length > 0 || parts.Count == 0) parts.Add(rest);
        return parts;
    }

    private static int LastBoundary(string text, int maxLength)
    {
        var window = text.AsSpan(0, maxLength);
        // Prefer a sentence end (. ! ? or a line break followed by a space or the window's end).
        for (var i = window.Length - 1; i > maxLength / 2; i--)
        {
            var c = window[i];
            if (c == '\n' || ((c is '.' or '!' or '?') && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]))))
            {
                return i + 1;
            }
        }
        for (var i = window.Length - 1; i > 0; i--)
        {
            if (char.IsWhiteSpace(window[i])) return i;
        }
        // No boundary: cut hard, but never between the halves of a surrogate pair.
        return char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
    }
}
