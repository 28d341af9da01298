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
    private static readonly ConcurrentDictionary<string, LuaScript> Prepared = new(StringComparer.Ordinal);

    public static LuaScript Get(string name) => Prepared.GetOrAdd(name, static n => LuaScript.Prepare(Source(n)));

    /// <summary>The script's text with its includes expanded (before parameter names are mapped).</summary>
    public static string Source(string name)
    {
        var text = ReadResource(name);
        var builder = new StringBuilder(text.Length * 2);
        foreach (var line in text.Split('\n'))
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
    }

    private static string ReadResource(string name)
    {
        var resource = $"Scripts/{name}.lua";
        using var stream = typeof(RedisScripts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The script {resource} is not embedded in {typeof(RedisScripts).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
