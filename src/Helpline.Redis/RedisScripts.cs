using System.Collections.Concurrent;
using StackExchange.Redis;

namespace Helpline.Redis;

/// <summary>The Lua scripts in <c>Scripts/</c>, embedded in this assembly and prepared once.</summary>
public static class RedisScripts
{
    private static readonly ConcurrentDictionary<string, string> Sources = new(StringComparer.Ordinal);

    /// <summary>The script's source text, read once from the embedded resource <c>Scripts/{name}.lua</c>.</summary>
    public static string Source(string name) => Sources.GetOrAdd(name, static n =>
    {
        using var stream = typeof(RedisScripts).Assembly.GetManifestResourceStream($"Scripts/{n}.lua")
            ?? throw new InvalidOperationException($"Embedded script Scripts/{n}.lua is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>Runs a script by its SHA (EVALSHA), loading it when the server does not have it (after a restart).</summary>
    public static Task<RedisResult> EvaluateAsync(IDatabaseAsync db, string name, RedisKey[] keys, RedisValue[] args) =>
        db.ScriptEvaluateAsync(Source(name), keys, args);
}
