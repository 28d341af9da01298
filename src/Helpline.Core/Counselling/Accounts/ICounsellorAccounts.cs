namespace Helpline.Core.Counselling.Accounts;

/// <summary>The counsellor accounts (Redis in production, memory for a single process). Names are compared lower case.</summary>
public interface ICounsellorAccounts
{
    /// <summary>Creates the account; false when the name is taken (the existing account is left unchanged).</summary>
    Task<bool> CreateAsync(CounsellorAccount account, CancellationToken cancellationToken);

    Task<CounsellorAccount?> GetAsync(string name, CancellationToken cancellationToken);

    /// <summary>Removes the account; false when there was none.</summary>
    Task<bool> RemoveAsync(string name, CancellationToken cancellationToken);

    /// <summary>Every account, by name.</summary>
    Task<IReadOnlyList<CounsellorAccount>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Counts a failed login atomically; when the count reaches <paramref name="threshold"/> the account is
    /// locked until <paramref name="now"/> + <paramref name="lockout"/> and the count starts again.
    /// </summary>
    Task<FailedLogin> RecordFailedLoginAsync(string name, int threshold, TimeSpan lockout, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>After a successful login: the failure count starts again.</summary>
    Task ResetFailedLoginsAsync(string name, CancellationToken cancellationToken);
}
