using Helpline.Core.Counselling.Accounts;
using Helpline.Redis;
using Helpline.Redis.Counselling;
using StackExchange.Redis;

namespace Helpline.Cli.Commands;

/// <summary>
/// <c>helpline counsellor add &lt;name&gt; [--role counsellor|supervisor]</c> (password on stdin, never echoed),
/// <c>helpline counsellor remove &lt;name&gt;</c>, <c>helpline counsellor list</c>. Accounts live in the
/// service's Redis: <c>Redis__Configuration</c> (required) and <c>Redis__KeyPrefix</c> (default <c>helpline:</c>).
/// </summary>
public static class CounsellorCommand
{
    public const string Usage = """
        usage: helpline counsellor add <name> [--role counsellor|supervisor]   (password read from stdin)
               helpline counsellor remove <name>
               helpline counsellor list
        Redis from the environment: Redis__Configuration (required), Redis__KeyPrefix (default helpline:)
        """;

    /// <summary>Runs the command; returns the process exit code (0 ok, 1 failed, 2 usage).</summary>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args,
        TextReader input,
        TextWriter output,
        TextWriter error,
        Func<string, string?> environment,
        bool interactive,
        CancellationToken cancellationToken)
    {
        if (args.Count == 0)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }
        var configuration = environment("Redis__Configuration");
        if (string.IsNullOrWhiteSpace(configuration))
        {
            await error.WriteLineAsync("Redis__Configuration is not set: point it at the service's Redis (e.g. Redis__Configuration=localhost:6379).");
            return 1;
        }
        var prefix = environment("Redis__KeyPrefix");
        var keys = new RedisKeys(string.IsNullOrEmpty(prefix) ? new RedisOptions().KeyPrefix : prefix);

        ConnectionMultiplexer redis;
        try
        {
            redis = await ConnectionMultiplexer.ConnectAsync(configuration);
        }
        catch (RedisConnectionException ex)
        {
            await error.WriteLineAsync($"Cannot reach Redis: {ex.Message}");
            return 1;
        }
        await using (redis)
        {
            var accounts = new RedisCounsellorAccounts(redis, keys);
            return args[0] switch
            {
                "add" => await AddAsync(accounts, args.Skip(1).ToList(), input, output, error, interactive, cancellationToken),
                "remove" when args.Count == 2 => await RemoveAsync(accounts, args[1], output, error, cancellationToken),
                "list" when args.Count == 1 => await ListAsync(accounts, output, cancellationToken),
                _ => await UsageAsync(error),
            };
        }
    }

    private static async Task<int> AddAsync(ICounsellorAccounts accounts, List<string> args, TextReader input, TextWriter output, TextWriter error, bool interactive, CancellationToken cancellationToken)
    {
        var role = CounsellorRoles.Counsellor;
        var roleAt = args.IndexOf("--role");
        if (roleAt >= 0)
        {
            if (roleAt + 1 >= args.Count) return await UsageAsync(error);
            role = args[roleAt + 1].ToLowerInvariant();
            args.RemoveRange(roleAt, 2);
        }
        if (args.Count != 1) return await UsageAsync(error);
        if (!CounsellorRoles.IsKnown(role))
        {
            await error.WriteLineAsync($"Unknown role '{role}': use {string.Join(" or ", CounsellorRoles.All)}.");
            return 2;
        }
        var name = CounsellorNames.Normalize(args[0]);
        if (!CounsellorNames.IsValid(name))
        {
            await error.WriteLineAsync($"A name has 2-{CounsellorNames.MaxLength} characters: letters a-z, digits, '.', '_' or '-'.");
            return 2;
        }

        if (interactive) await error.WriteAsync("Password: ");
        var password = interactive ? ReadHidden() : await input.ReadLineAsync(cancellationToken);
        if (interactive) await error.WriteLineAsync();
        if (CounsellorPasswords.Check(password) is { } problem)
        {
            await error.WriteLineAsync(problem);
            return 1;
        }

        var account = new CounsellorAccount
        {
            Name = name,
            Role = role,
            PasswordHash = CounsellorPasswords.Hash(name, password!),
            CreatedAt = DateTimeOffset.UtcNow,
        };
        if (!await accounts.CreateAsync(account, cancellationToken))
        {
            await error.WriteLineAsync($"A counsellor named '{name}' already exists; remove it first to replace it.");
            return 1;
        }
        await output.WriteLineAsync($"Added {role} '{name}'.");
        return 0;
    }

    private static async Task<int> RemoveAsync(ICounsellorAccounts accounts, string name, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!await accounts.RemoveAsync(name, cancellationToken))
        {
            await error.WriteLineAsync($"No counsellor named '{CounsellorNames.Normalize(name)}'.");
            return 1;
        }
        await output.WriteLineAsync($"Removed '{CounsellorNames.Normalize(name)}'. Their tokens stop working at once.");
        return 0;
    }

    private static async Task<int> ListAsync(ICounsellorAccounts accounts, TextWriter output, CancellationToken cancellationToken)
    {
        foreach (var account in await accounts.ListAsync(cancellationToken))
        {
            var locked = account.IsLocked(DateTimeOffset.UtcNow) ? $" (locked until {account.LockedUntil:u})" : "";
            await output.WriteLineAsync($"{account.Name}\t{account.Role}{locked}");
        }
        return 0;
    }

    private static async Task<int> UsageAsync(TextWriter error)
    {
        await error.WriteLineAsync(Usage);
        return 2;
    }

    /// <summary>Reads a line from the console without showing it.</summary>
    private static string ReadHidden()
    {
        var chars = new List<char>();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (chars.Count > 0) chars.RemoveAt(chars.Count - 1);
                continue;
            }
            if (!char.IsControl(key.KeyChar)) chars.Add(key.KeyChar);
        }
        return new string(chars.ToArray());
    }
}
