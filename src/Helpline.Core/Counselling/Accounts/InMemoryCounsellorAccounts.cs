namespace Helpline.Core.Counselling.Accounts;

/// <summary>Counsellor accounts in process memory (single-process mode and tests).</summary>
public sealed class InMemoryCounsellorAccounts : ICounsellorAccounts
{
    private readonly Dictionary<string, CounsellorAccount> _accounts = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public Task<bool> CreateAsync(CounsellorAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        lock (_gate) return Task.FromResult(_accounts.TryAdd(CounsellorNames.Normalize(account.Name), account with { Name = CounsellorNames.Normalize(account.Name) }));
    }

    public Task<CounsellorAccount?> GetAsync(string name, CancellationToken cancellationToken)
    {
        lock (_gate) return Task.FromResult(_accounts.GetValueOrDefault(CounsellorNames.Normalize(name)));
    }

    public Task<bool> RemoveAsync(string name, CancellationToken cancellationToken)
    {
        lock (_gate) return Task.FromResult(_accounts.Remove(CounsellorNames.Normalize(name)));
    }

    public Task<IReadOnlyList<CounsellorAccount>> ListAsync(CancellationToken cancellationToken)
    {
        lock (_gate) return Task.FromResult<IReadOnlyList<CounsellorAccount>>(_accounts.Values.OrderBy(a => a.Name, StringComparer.Ordinal).ToList());
    }

    public Task<FailedLogin> RecordFailedLoginAsync(string name, int threshold, TimeSpan lockout, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = CounsellorNames.Normalize(name);
        lock (_gate)
        {
            if (!_accounts.TryGetValue(key, out var account)) return Task.FromResult(new FailedLogin(false, 0, null));
            var failed = account.FailedLogins + 1;
            if (failed >= threshold)
            {
                var until = now + lockout;
                _accounts[key] = account with { FailedLogins = 0, LockedUntil = until };
                return Task.FromResult(new FailedLogin(true, failed, until));
            }
            _accounts[key] = account with { FailedLogins = failed };
            return Task.FromResult(new FailedLogin(true, failed, null));
        }
    }

    public Task ResetFailedLoginsAsync(string name, CancellationToken cancellationToken)
    {
        var key = CounsellorNames.Normalize(name);
        lock (_gate)
        {
            if (_accounts.TryGetValue(key, out var account)) _accounts[key] = account with { FailedLogins = 0 };
        }
        return Task.CompletedTask;
    }
}
