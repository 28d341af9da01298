using Helpline.Core.Counselling;
using Helpline.Core.Counselling.Accounts;
using Helpline.Core.Counselling.InMemory;
using Helpline.Redis.Counselling;
using Helpline.Testing;

namespace Helpline.Redis.Tests.Counselling;

/// <summary>Counsellor accounts and presence behave the same in memory and in Redis.</summary>
public abstract class CounsellorAccountsContractTests
{
    protected ManualTimeProvider Time { get; } = new();

    protected abstract ICounsellorAccounts CreateAccounts();

    protected abstract ICounsellorPresence CreatePresence(TimeSpan timeout);

    private static CounsellorAccount Account(string name, string role = CounsellorRoles.Counsellor) => new()
    {
        Name = name, Role = role, PasswordHash = CounsellorPasswords.Hash(name, "a long enough secret"), CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000),
    };

    [Fact]
    public async Task ANameIsTakenOnceAndReadBackWithItsRoleAndHash()
    {
        var accounts = CreateAccounts();
        Assert.True(await accounts.CreateAsync(Account("ana", CounsellorRoles.Supervisor), default));
        Assert.False(await accounts.CreateAsync(Account("ana"), default));

        var ana = await accounts.GetAsync("ANA", default);
        Assert.NotNull(ana);
        Assert.Equal(CounsellorRoles.Supervisor, ana.Role);
        Assert.True(CounsellorPasswords.Verify(ana, "a long enough secret"));
        Assert.Equal(Account("ana").CreatedAt, ana.CreatedAt);
        Assert.DoesNotContain(ana.PasswordHash, ana.ToString());
    }

    [Fact]
    public async Task RemoveTakesTheAccountOutOfTheList()
    {
        var accounts = CreateAccounts();
        await accounts.CreateAsync(Account("ion"), default);
        await accounts.CreateAsync(Account("elena"), default);
        Assert.True(await accounts.RemoveAsync("ion", default));
        Assert.False(await accounts.RemoveAsync("ion", default));
        Assert.Null(await accounts.GetAsync("ion", default));
        Assert.Equal(["elena"], (await accounts.ListAsync(default)).Select(a => a.Name));
    }

    [Fact]
    public async Task TheThresholdthFailureInARowLocksAndASuccessStartsTheCountAgain()
    {
        var accounts = CreateAccounts();
        await accounts.CreateAsync(Account("maria"), default);
        var now = Time.GetUtcNow();

        Assert.Equal(new FailedLogin(true, 1, null), await accounts.RecordFailedLoginAsync("maria", 3, TimeSpan.FromMinutes(15), now, default));
        Assert.Equal(new FailedLogin(true, 2, null), await accounts.RecordFailedLoginAsync("maria", 3, TimeSpan.FromMinutes(15), now, default));
        await accounts.ResetFailedLoginsAsync("maria", default);
        Assert.Equal(1, (await accounts.RecordFailedLoginAsync("maria", 3, TimeSpan.FromMinutes(15), now, default)).FailedLogins);
        await accounts.RecordFailedLoginAsync("maria", 3, TimeSpan.FromMinutes(15), now, default);
        var locked = await accounts.RecordFailedLoginAsync("maria", 3, TimeSpan.FromMinutes(15), now, default);

        Assert.Equal(now.AddMinutes(15).ToUnixTimeMilliseconds(), locked.LockedUntil!.Value.ToUnixTimeMilliseconds());
        var maria = await accounts.GetAsync("maria", default);
        Assert.True(maria!.IsLocked(now.AddMinutes(14)));
        Assert.False(maria.IsLocked(now.AddMinutes(16)));
        Assert.Equal(new FailedLogin(false, 0, null), await accounts.RecordFailedLoginAsync("nobody", 3, TimeSpan.FromMinutes(15), now, default));
        Assert.Null(await accounts.GetAsync("nobody", default));
    }

    [Fact]
    public async Task ACounsellorIsOnlineUntilTheTimeoutOrGoingOffline()
    {
        var presence = CreatePresence(TimeSpan.FromSeconds(90));
        await presence.MarkOnlineAsync("ana", default);
        await presence.MarkOnlineAsync("ion", default);
        Assert.Equal(["ana", "ion"], await presence.ListOnlineAsync(default));

        await presence.MarkOfflineAsync("ion", default);
        Time.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(["ana"], await presence.ListOnlineAsync(default));
        Time.Advance(TimeSpan.FromSeconds(31));
        Assert.Empty(await presence.ListOnlineAsync(default));
    }
}

public sealed class InMemoryCounsellorAccountsContractTests : CounsellorAccountsContractTests
{
    protected override ICounsellorAccounts CreateAccounts() => new InMemoryCounsellorAccounts();

    protected override ICounsellorPresence CreatePresence(TimeSpan timeout) => new InMemoryCounsellorPresence(Time, timeout);
}

[Collection(RedisCollection.Name)]
public sealed class RedisCounsellorAccountsContractTests(RedisServer redis) : CounsellorAccountsContractTests
{
    private readonly RedisKeys _keys = new(RedisServer.UniquePrefix(nameof(RedisCounsellorAccountsContractTests)));

    protected override ICounsellorAccounts CreateAccounts() => new RedisCounsellorAccounts(redis.Connection, _keys);

    protected override ICounsellorPresence CreatePresence(TimeSpan timeout) => new RedisCounsellorPresence(redis.Connection, _keys, Time, timeout);
}
