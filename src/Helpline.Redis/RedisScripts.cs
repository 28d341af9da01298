using System.Collections.Concurrent;
using System.Text;
using StackExchange.Redis;

namespace Helpline.Redis;

/// <summary>
/// The Lua scripts in <c>Scripts/</c>, embedded in this assembly and prepared once. A line
/// <c>--#include _Name</c> is replaced by <c>Scripts/_Name.lua</c> (shared helpers), so each state
/// change stays one script, and so one atomic step, without copying the helpers.
/// </summary>
public static class RedisScripts
{
    private static readonly ConcurrentDictionary<string, string> Sources = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, LuaScript> Prepared = new(StringComparer.Ordinal);

    /// <summary>The script's source text with its includes expanded, read once from the embedded resource <c>Scripts/{name}.lua</c>.</summary>
    public static string Source(string name) => Sources.GetOrAdd(name, static n =>
    {
        var builder = new StringBuilder();
        foreach (var line in ReadResource(n).Split('\n'))
        {
            if (line.StartsWith("--#include ", StringComparison.Ordinal))
            {
                builder.Append(Source(line["--#include ".Length..].Trim())).Append('\n');
            }
            else
            {
                builder.Append(line).Append('\n');
            }
        }
        return builder.ToString();
    });

    /// <summary>A script with <c>@Named</c> parameters, prepared once (StackExchange.Redis sends the RedisKey members as KEYS).</summary>
    public static LuaScript Get(string name) => Prepared.GetOrAdd(name, static n => LuaScript.Prepare(Source(n)));

    /// <summary>Runs a script by its SHA (EVALSHA), loading it when the server does not have it (after a restart).</summary>
    public static Task<RedisResult> EvaluateAsync(IDatabaseAsync db, string name, RedisKey[] keys, RedisValue[] args) =>
        db.ScriptEvaluateAsync(Source(name), keys, args);

    private static string ReadResource(string name)
    {
        using var stream = typeof(RedisScripts).Assembly.GetManifestResourceStream($"Scripts/{name}.lua")
            ?? throw new InvalidOperationException($"Embedded script Scripts/{name}.lua is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
