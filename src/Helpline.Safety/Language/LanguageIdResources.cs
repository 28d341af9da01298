using System.Collections;
using System.Globalization;
using System.Resources;
using Helpline.Core;
using Helpline.Locales;

namespace Helpline.Safety.Language;

/// <summary>
/// Reads the identifier's data embedded in Helpline.Locales: the training texts
/// (<c>locales/language-id/&lt;lang&gt;.txt</c>), the lexicon, and the strings of every resx family in
/// the cultures that have them.
/// </summary>
internal static class LanguageIdResources
{
    private static System.Reflection.Assembly LocalesAssembly => typeof(Strings).Assembly;

    public static string ReadText(string name) => LocaleResources.ReadText(name);

    /// <summary>The training sentences: one per line of each language's file, comments (#) skipped.</summary>
    public static IReadOnlyList<LanguageSample> TrainingTexts()
    {
        var samples = new List<LanguageSample>();
        foreach (var language in HelplineLanguages.Identifiable)
        {
            var text = ReadText($"language-id/{language}.txt");
            foreach (var line in text.Split('\n'))
            {
                var trimmed = line.Trim();
                if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
                samples.Add(new LanguageSample(language, trimmed));
            }
        }
        return samples;
    }

    /// <summary>
    /// Every string of every resx family, under the language of the culture file it comes from (the
    /// neutral file is English; ro-MD counts as ro). Cultures without a file add nothing. A string that
    /// another language has word for word (the language menu, "STOP", a number) is left out: it says
    /// nothing about either language.
    /// </summary>
    public static IReadOnlyList<LanguageSample> ResourceStrings()
    {
        var samples = new List<LanguageSample>();
        var baseNames = LocalesAssembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".resources", StringComparison.Ordinal))
            .Select(n => n[..^".resources".Length])
            .Order(StringComparer.Ordinal);
        foreach (var baseName in baseNames)
        {
            var manager = new ResourceManager(baseName, LocalesAssembly);
            var strings = new List<(string Language, string Value)>();
            foreach (var culture in HelplineLanguages.Cultures)
            {
                var language = HelplineLanguages.BaseLanguage(culture);
                var info = culture == HelplineLanguages.English ? CultureInfo.InvariantCulture : new CultureInfo(culture);
                foreach (DictionaryEntry entry in (IEnumerable?)ResourceSetOf(manager, info) ?? Array.Empty<DictionaryEntry>())
                {
                    // One-word entries (keywords, button labels, a greeting) are the keyword lexicon's business,
                    // not the n-gram model's; leaving them out keeps the evaluation set's short words unseen.
                    if (entry.Value is string value && value.Trim().Contains(' ')) strings.Add((language, value));
                }
            }
            var shared = strings
                .GroupBy(s => s.Value, StringComparer.Ordinal)
                .Where(g => g.Select(s => s.Language).Distinct().Count() > 1)
                .Select(g => g.Key)
                .ToHashSet(StringComparer.Ordinal);
            samples.AddRange(strings.Where(s => !shared.Contains(s.Value)).Select(s => new LanguageSample(s.Language, s.Value)));
        }
        return samples;
    }

    private static ResourceSet? ResourceSetOf(ResourceManager manager, CultureInfo culture)
    {
        try
        {
            return manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        }
        catch (MissingManifestResourceException)
        {
            return null;
        }
    }
}
