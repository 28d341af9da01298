using System.Globalization;
using System.Text;
using System.Text.Json;
using Helpline.Locales;

namespace Helpline.Channels.Sms;

/// <summary>
/// Recognises a whole-message opt-out, opt-in or help keyword (the lists are data in
/// <c>locales/keywords/sms-keywords.json</c>). Only the entire message counts, ignoring case, diacritics,
/// spaces and punctuation around it: "STOP" stops, "stop hurting me" is a normal message.
/// </summary>
public sealed class SmsKeywords
{
    private readonly Dictionary<string, SmsKeyword> _words = new(StringComparer.Ordinal);

    public SmsKeywords(IReadOnlyDictionary<SmsKeyword, IEnumerable<string>> words)
    {
        foreach (var (kind, list) in words)
        {
            foreach (var w in list) _words[Fold(w)] = kind;
        }
    }

    /// <summary>The lists shipped in <c>locales/keywords/sms-keywords.json</c>.</summary>
    public static SmsKeywords Default { get; } = Load();

    public SmsKeyword Classify(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40) return SmsKeyword.None;
        return _words.TryGetValue(Fold(text), out var kind) ? kind : SmsKeyword.None;
    }

    private static SmsKeywords Load()
    {
        using var doc = JsonDocument.Parse(LocaleResources.ReadText("keywords/sms-keywords.json"));
        IEnumerable<string> Read(string name) => doc.RootElement.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToList();
        return new SmsKeywords(new Dictionary<SmsKeyword, IEnumerable<string>>
        {
            [SmsKeyword.OptOut] = Read("optOut"),
            [SmsKeyword.OptIn] = Read("optIn"),
            [SmsKeyword.Help] = Read("help"),
        });
    }

    /// <summary>Upper case, no diacritics, no surrounding punctuation or inner spaces.</summary>
    internal static string Fold(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToUpperInvariant(c));
        }
        // Keywords and messages are folded alike, so Й and И (or Ї and І) match each other: harmless here.
        return builder.ToString();
    }
}
