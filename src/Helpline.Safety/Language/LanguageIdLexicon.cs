using Helpline.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Helpline.Safety.Language;

/// <summary>
/// The data of the language identifier that helpline staff can review, read from
/// <c>locales/language-id/keywords.yaml</c>: letters only one language uses, short words per language,
/// words that tell nothing, the whole-message language requests, and the Cyrillic-to-Latin spellings
/// used to learn Ukrainian and Russian typed in Latin letters.
/// </summary>
public sealed class LanguageIdLexicon
{
    internal const string ResourceName = "language-id/keywords.yaml";

    /// <summary>Distinctive letters (lower case) per language.</summary>
    public required IReadOnlyDictionary<string, string> Letters { get; init; }

    /// <summary>Short words per language, as written in the file.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Keywords { get; init; }

    public required IReadOnlyList<string> Neutral { get; init; }

    /// <summary>Whole-message requests per language ("shqip", "russkiy").</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Requests { get; init; }

    /// <summary>Per language (uk, ru), one or more Cyrillic-letter to Latin-letters tables.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> Transliteration { get; init; }

    /// <summary>The lexicon embedded in Helpline.Locales.</summary>
    public static LanguageIdLexicon LoadEmbedded() => Parse(LanguageIdResources.ReadText(ResourceName));

    public static LanguageIdLexicon Parse(string yaml)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .Build();
        var file = deserializer.Deserialize<LexiconFile>(yaml)
            ?? throw new InvalidDataException("The language-id lexicon is empty.");

        var lexicon = new LanguageIdLexicon
        {
            Letters = file.Letters ?? [],
            Keywords = (file.Keywords ?? []).ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value),
            Neutral = file.Neutral ?? [],
            Requests = (file.Requests ?? []).ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value),
            Transliteration = (file.Transliteration ?? []).ToDictionary(
                p => p.Key,
                p => (IReadOnlyList<IReadOnlyDictionary<string, string>>)p.Value
                    .Select(t => (IReadOnlyDictionary<string, string>)t).ToList()),
        };
        lexicon.Validate();
        return lexicon;
    }

    private void Validate()
    {
        var languages = new[] { Letters.Keys, Keywords.Keys, Requests.Keys, Transliteration.Keys }.SelectMany(k => k);
        foreach (var language in languages)
        {
            if (!HelplineLanguages.Identifiable.Contains(language))
            {
                throw new InvalidDataException($"The language-id lexicon names an unknown language '{language}'.");
            }
        }
    }

    private sealed class LexiconFile
    {
        public Dictionary<string, string>? Letters { get; set; }
        public Dictionary<string, List<string>>? Keywords { get; set; }
        public List<string>? Neutral { get; set; }
        public Dictionary<string, List<string>>? Requests { get; set; }
        public Dictionary<string, List<Dictionary<string, string>>>? Transliteration { get; set; }
    }
}
