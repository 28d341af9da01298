namespace Helpline.Core.Privacy;

/// <summary>Keyed hashes of phone numbers, for keys and logs: the same number always gives the same id.</summary>
public sealed class PhoneHasher(string key)
{
    /// <summary>Used only when no key is configured (single-process development); never in production.</summary>
    public const string DevelopmentKey = "helpline-development-only-hash-key";

    public string Hash(string phoneNumber) => Redact.Hash(Canonical(phoneNumber), key);

    /// <summary>The number without spaces, dashes or brackets, as Twilio sends it (E.164).</summary>
    public static string Canonical(string phoneNumber) =>
        new(phoneNumber.Trim().Where(c => char.IsDigit(c) || c == '+').ToArray());
}
