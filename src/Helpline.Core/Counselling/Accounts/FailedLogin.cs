namespace Helpline.Core.Counselling.Accounts;

/// <summary>The account's state after a failed login: failures in a row, and the lock it caused (if this one locked it).</summary>
public sealed record FailedLogin(bool AccountExists, int FailedLogins, DateTimeOffset? LockedUntil);
