namespace Helpline.Core.Counselling.Accounts;

/// <summary>
/// A counsellor's login: the name (lower case, also the name in tickets and the audit), the role and a
/// salted password hash (ASP.NET Core Identity's format). Failed logins in a row lock the account for a while.
/// </summary>
public sealed record CounsellorAccount
{
    public required string Name { get; init; }

    public required string Role { get; init; }

    public required string PasswordHash { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Failed logins since the last success or lock.</summary>
    public int FailedLogins { get; init; }

    /// <summary>While in the future, every login is refused, even with the right password.</summary>
    public DateTimeOffset? LockedUntil { get; init; }

    public bool IsLocked(DateTimeOffset now) => LockedUntil is { } until && until > now;

    /// <summary>Leaves the password hash out, so a logged account never carries it.</summary>
    public override string ToString() => $"CounsellorAccount {{ Name = {Name}, Role = {Role}, FailedLogins = {FailedLogins}, LockedUntil = {LockedUntil:O} }}";
}
