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

    public static string ReadText(string name)
    {
        using var stream = LocalesAssembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from Helpline.Locales.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

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
    /// neutral file is English; ro-MD counts as ro). Cultures without a file add nothing, and neither do
    /// one-word entries (keywords and button labels).
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
            foreach (var culture in HelplineLanguages.Cultures)
            {
                var language = HelplineLanguages.BaseLanguage(culture);
                var info = culture == HelplineLanguages.English ? CultureInfo.InvariantCulture : new CultureInfo(culture);
                ResourceSet? set;
                try
                {
                    set = manager.GetResourceSet(info, createIfNotExists: true, tryParents: false);
                }
                catch (MissingManifestResourceException)
                {
                    set = null;
                }
                if (set is null) continue;
                foreach (DictionaryEntry entry in set)
                {
                    // One-word entries (keywords, button labels) are taught by the keyword lexicon, not the n-gram
                    // model, and stay out of the training texts so the evaluation set can use such words.
                    if (entry.Value is string value && value.Trim().Contains(' ')) samples.Add(new LanguageSample(language, value));
                }
            }
        }
        return samples;
    }
}
