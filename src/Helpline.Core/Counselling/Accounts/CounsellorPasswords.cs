using Microsoft.AspNetCore.Identity;

namespace Helpline.Core.Counselling.Accounts;

/// <summary>Salted password hashes in ASP.NET Core Identity's format (PBKDF2 with HMAC-SHA512, per-hash salt).</summary>
public static class CounsellorPasswords
{
    public const int MinimumLength = 12;

    private static readonly PasswordHasher<CounsellorAccount> Hasher = new();

    /// <summary>Null when the password is acceptable, else why not (never echoes the password).</summary>
    public static string? Check(string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength) return $"The password must have at least {MinimumLength} characters.";
        if (password.Any(char.IsControl)) return "The password must not contain control characters.";
        return null;
    }

    public static string Hash(string name, string password) =>
        Hasher.HashPassword(Placeholder(name), password);

    public static bool Verify(CounsellorAccount account, string password)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (string.IsNullOrEmpty(password)) return false;
        return Hasher.VerifyHashedPassword(account, account.PasswordHash, password) != PasswordVerificationResult.Failed;
    }

    /// <summary>Runs a verification against a dummy hash, so an unknown name takes as long as a wrong password.</summary>
    public static void VerifyNothing(string password) =>
        Hasher.VerifyHashedPassword(Placeholder("nobody"), DummyHash.Value, password ?? "");

    private static readonly Lazy<string> DummyHash = new(() => Hasher.HashPassword(Placeholder("nobody"), Guid.NewGuid().ToString("N")));

    private static CounsellorAccount Placeholder(string name) =>
        new() { Name = name, Role = CounsellorRoles.Counsellor, PasswordHash = "", CreatedAt = DateTimeOffset.UnixEpoch };
}
