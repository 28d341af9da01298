using Helpline.Cli.Commands;
using Helpline.Core.Counselling.Accounts;
using Helpline.Redis;
using Helpline.Redis.Counselling;
using Helpline.Testing;

namespace Helpline.Cli.Tests.Commands;

/// <summary><c>helpline counsellor add/remove/list</c> against a real Redis.</summary>
public sealed class CounsellorCommandTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private readonly string _prefix = RedisServer.UniquePrefix(nameof(CounsellorCommandTests));

    private async Task<(int Code, string Out, string Err)> RunAsync(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var env = new Dictionary<string, string?> { ["Redis__Configuration"] = redis.Configuration, ["Redis__KeyPrefix"] = _prefix };
        var code = await CounsellorCommand.RunAsync(args, new StringReader(stdin), output, error, n => env.GetValueOrDefault(n), interactive: false, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    private RedisCounsellorAccounts Accounts => new(redis.Connection, new RedisKeys(_prefix));

    [Fact]
    public async Task AddStoresASaltedHashNeverThePasswordAndTheAccountCanSignIn()
    {
        var password = "a long enough secret 42";
        var (code, output, error) = await RunAsync(password + "\n", "add", "Ana.Popescu", "--role", "supervisor");

        Assert.Equal(0, code);
        Assert.DoesNotContain(password, output + error);
        var account = await Accounts.GetAsync("ana.popescu", default);
        Assert.NotNull(account);
        Assert.Equal(CounsellorRoles.Supervisor, account.Role);
        Assert.DoesNotContain(password, account.PasswordHash);
        Assert.True(CounsellorPasswords.Verify(account, password));
        Assert.False(CounsellorPasswords.Verify(account, "a long enough secret 43"));
        // Salted: the same password hashes differently for another account.
        await RunAsync(password + "\n", "add", "ion");
        Assert.NotEqual(account.PasswordHash, (await Accounts.GetAsync("ion", default))!.PasswordHash);
    }

    [Fact]
    public async Task AShortPasswordAnUnknownRoleAndADuplicateNameAreRefused()
    {
        Assert.Equal(1, (await RunAsync("short\n", "add", "maria")).Code);
        Assert.Null(await Accounts.GetAsync("maria", default));
        Assert.Equal(2, (await RunAsync("a long enough secret 42\n", "add", "maria", "--role", "admin")).Code);
        Assert.Equal(0, (await RunAsync("a long enough secret 42\n", "add", "maria")).Code);
        var again = await RunAsync("another long secret 99\n", "add", "maria");
        Assert.Equal(1, again.Code);
        Assert.True(CounsellorPasswords.Verify((await Accounts.GetAsync("maria", default))!, "a long enough secret 42"));
    }

    [Fact]
    public async Task RemoveDeletesTheAccountAndListShowsWhoIsLeft()
    {
        await RunAsync("a long enough secret 42\n", "add", "petru");
        await RunAsync("a long enough secret 42\n", "add", "elena", "--role", "supervisor");

        Assert.Equal(0, (await RunAsync("", "remove", "petru")).Code);
        Assert.Null(await Accounts.GetAsync("petru", default));
        Assert.Equal(1, (await RunAsync("", "remove", "petru")).Code);

        var list = await RunAsync("", "list");
        Assert.Equal(0, list.Code);
        Assert.Equal(["elena\tsupervisor"], list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task WithoutRedisConfigurationItSaysWhatToSet()
    {
        var error = new StringWriter();
        var code = await CounsellorCommand.RunAsync(["list"], new StringReader(""), new StringWriter(), error, _ => null, false, CancellationToken.None);
        Assert.Equal(1, code);
        Assert.Contains("Redis__Configuration", error.ToString());
    }
}
