using System.Globalization;
using Helpline.Core.Counselling.Accounts;
using StackExchange.Redis;

namespace Helpline.Redis.Counselling;

/// <summary>Counsellor accounts as one Redis hash each, plus a set of names; each change is one script (<c>Scripts/Counsellor*.lua</c>).</summary>
public sealed class RedisCounsellorAccounts(IConnectionMultiplexer redis, RedisKeys keys) : ICounsellorAccounts
{
    private IDatabase Db => redis.GetDatabase();

    public async Task<bool> CreateAsync(CounsellorAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var name = CounsellorNames.Normalize(account.Name);
        var result = await RedisScripts.EvaluateAsync(Db, "CounsellorCreate",
            [keys.CounsellorAccount(name), keys.CounsellorNames],
            [name, account.Role, account.PasswordHash, account.CreatedAt.ToUnixTimeMilliseconds()]).ConfigureAwait(false);
        return (long)result == 1;
    }

    public async Task<CounsellorAccount?> GetAsync(string name, CancellationToken cancellationToken)
    {
        var n = CounsellorNames.Normalize(name);
        if (n.Length == 0) return null;
        var fields = await Db.HashGetAllAsync(keys.CounsellorAccount(n)).ConfigureAwait(false);
        return Read(fields);
    }

    public async Task<bool> RemoveAsync(string name, CancellationToken cancellationToken)
    {
        var n = CounsellorNames.Normalize(name);
        var result = await RedisScripts.EvaluateAsync(Db, "CounsellorRemove", [keys.CounsellorAccount(n), keys.CounsellorNames], [n]).ConfigureAwait(false);
        return (long)result == 1;
    }

    public async Task<IReadOnlyList<CounsellorAccount>> ListAsync(CancellationToken cancellationToken)
    {
        var names = await Db.SetMembersAsync(keys.CounsellorNames).ConfigureAwait(false);
        var accounts = new List<CounsellorAccount>();
        foreach (var name in names.Select(n => n.ToString()).Order(StringComparer.Ordinal))
        {
            if (await GetAsync(name, cancellationToken).ConfigureAwait(false) is { } account) accounts.Add(account);
        }
        return accounts;
    }

    public async Task<FailedLogin> RecordFailedLoginAsync(string name, int threshold, TimeSpan lockout, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var n = CounsellorNames.Normalize(name);
        var result = (RedisResult[])(await RedisScripts.EvaluateAsync(Db, "CounsellorFailedLogin", [keys.CounsellorAccount(n)],
            [threshold, (now + lockout).ToUnixTimeMilliseconds()]).ConfigureAwait(false))!;
        var failed = (long)result[0];
        if (failed < 0) return new FailedLogin(false, 0, null);
        var until = (long)result[1];
        return new FailedLogin(true, (int)failed, until > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(until) : null);
    }

    public Task ResetFailedLoginsAsync(string name, CancellationToken cancellationToken) =>
        RedisScripts.EvaluateAsync(Db, "CounsellorLoginSucceeded", [keys.CounsellorAccount(CounsellorNames.Normalize(name))], []);

    private static CounsellorAccount? Read(HashEntry[] fields)
    {
        if (fields.Length == 0) return null;
        var map = fields.ToDictionary(f => f.Name.ToString(), f => f.Value.ToString(), StringComparer.Ordinal);
        if (!map.TryGetValue("name", out var name) || !map.TryGetValue("role", out var role) || !map.TryGetValue("hash", out var hash)) return null;
        long Long(string field) => map.TryGetValue(field, out var v) && long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : 0;
        var locked = Long("locked-until");
        return new CounsellorAccount
        {
            Name = name,
            Role = role,
            PasswordHash = hash,
            CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(Long("created")),
            FailedLogins = (int)Long("failed"),
            LockedUntil = locked > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(locked) : null,
        };
    }
}
