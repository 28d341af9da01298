using System.Security.Cryptography;
using System.Text;

namespace Helpline.Core.Privacy;

/// <summary>
/// What may be written to logs and keys instead of a phone number or a message: a mask a person can
/// recognise ("+373•••••456") or a keyed hash that links records without revealing the number.
/// </summary>
public static class Redact
{
    /// <summary>Keeps the country code's first digits and the last three; everything else is hidden.</summary>
    public static string Phone(string? number)
    {
        if (string.IsNullOrWhiteSpace(number)) return "(none)";
        var digits = number.Trim();
        if (digits.Length <= 6) return new string('•', digits.Length);
        var head = digits.StartsWith('+') ? Math.Min(4, digits.Length - 3) : 2;
        return digits[..head] + new string('•', digits.Length - head - 3) + digits[^3..];
    }

    /// <summary>A stable, keyed, non-reversible id of a value (HMAC-SHA256, hex, 32 characters).</summary>
    public static string Hash(string value, string key)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentException.ThrowIfNullOrEmpty(key);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(value));
        return Convert.ToHexStringLower(mac.AsSpan(0, 16));
    }

    /// <summary>For logs: a message's length, never its words.</summary>
    public static string Body(string? text) => text is null ? "(no text)" : $"({text.Length} chars)";
}
