using System.Reflection;
using Helpline.Locales;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Helpline.Safety.Text;

/// <summary>
/// Reads lexicon files (see <c>locales/lexicons/README.md</c>): a YAML mapping from each key to its list of
/// patterns. The files are embedded in Helpline.Locales as resources named <c>lexicons/&lt;lang&gt;/&lt;name&gt;.yaml</c>.
/// </summary>
public static class LexiconLoader
{
    private const string Prefix = "lexicons/";

    private static Assembly LocalesAssembly => typeof(JobOfferStrings).Assembly;

    /// <summary>Parses the text of one lexicon file; throws <see cref="LexiconFormatException"/> when it is not a key-to-patterns mapping.</summary>
    public static Lexicon Parse(string name, string language, string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        Dictionary<string, List<string>?>? raw;
        try
        {
            raw = new DeserializerBuilder().Build().Deserialize<Dictionary<string, List<string>?>?>(yaml);
        }
        catch (YamlException e)
        {
            throw new LexiconFormatException(
                $"lexicons/{language}/{name}.yaml line {e.Start.Line}: not a mapping from keys to lists of patterns ({e.Message})", e);
        }
        var entries = new List<LexiconEntry>();
        foreach (var (key, patterns) in raw ?? [])
        {
            if (string.IsNullOrWhiteSpace(key)) throw new LexiconFormatException($"lexicons/{language}/{name}.yaml: empty key");
            var list = (patterns ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
            entries.Add(new LexiconEntry(key.Trim(), list));
        }
        return new Lexicon(name, language, entries);
    }

    /// <summary>The embedded lexicon <c>lexicons/&lt;language&gt;/&lt;name&gt;.yaml</c>, or null when that language has none.</summary>
    public static Lexicon? LoadEmbedded(string language, string name)
    {
        var resource = $"{Prefix}{language}/{name}.yaml";
        using var stream = LocalesAssembly.GetManifestResourceStream(resource);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return Parse(name, language, reader.ReadToEnd());
    }

    /// <summary>Every embedded lexicon called <paramref name="name"/>, one per language that has it, ordered by language.</summary>
    public static IReadOnlyList<Lexicon> LoadEmbeddedAll(string name) =>
        EmbeddedLanguages(name).Select(language => LoadEmbedded(language, name)!).ToList();

    /// <summary>The languages that have an embedded lexicon called <paramref name="name"/>.</summary>
    public static IReadOnlyList<string> EmbeddedLanguages(string name)
    {
        var suffix = $"/{name}.yaml";
        return LocalesAssembly.GetManifestResourceNames()
            .Where(r => r.StartsWith(Prefix, StringComparison.Ordinal) && r.EndsWith(suffix, StringComparison.Ordinal))
            .Select(r => r[Prefix.Length..^suffix.Length])
            .Where(language => !language.Contains('/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
