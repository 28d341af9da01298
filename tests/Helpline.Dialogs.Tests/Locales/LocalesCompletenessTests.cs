using System.Globalization;
using System.Text.RegularExpressions;
using Helpline.Core;
using Helpline.Core.Sms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Helpline.Dialogs.Tests.Locales;

/// <summary>
/// Every resx family in <c>locales/</c>, whoever adds it, is complete in every language it must speak,
/// keeps its placeholders, never shows English to a user of another language, and keeps each SMS text
/// within its segment budget. Families are found on disk, so a new family is checked without a change here.
/// </summary>
public sealed partial class LocalesCompletenessTests
{
    /// <summary>The cultures every family needs besides the neutral (English) file; ro-MD is optional.</summary>
    private static readonly string[] UserCultures =
        [HelplineLanguages.Albanian, HelplineLanguages.Romanian, HelplineLanguages.Ukrainian, HelplineLanguages.Russian];

    /// <summary>Families read only by counsellors, in the counsellors' own languages (en, ro, sq, uk).</summary>
    private static readonly Dictionary<string, string[]> CounsellorFamilies = new(StringComparer.Ordinal)
    {
        ["ConsoleStrings"] = [HelplineLanguages.Albanian, HelplineLanguages.Romanian, HelplineLanguages.Ukrainian],
    };

    /// <summary>Keys whose value is deliberately the same in every language.</summary>
    private static readonly HashSet<string> SameInEveryLanguage = new(StringComparer.Ordinal)
    {
        "Strings/Language.Menu",
    };

    /// <summary>
    /// Whole values that are names and may read the same as in English: apps and organisations, languages
    /// in their own names (a language menu), countries spelled alike (Romanian "Albania", "Moldova").
    /// </summary>
    private static readonly HashSet<string> ProperNames = new(StringComparer.Ordinal)
    {
        "Viber", "WhatsApp", "Telegram", "La Strada",
        "Shqip", "Română", "Română (Moldova)", "Українська", "Русский", "English",
        "Albania", "Moldova",
    };

    /// <summary>Families whose every text can be sent as an SMS, so every key is held to the budget.</summary>
    private static readonly HashSet<string> SmsFamilies = new(StringComparer.Ordinal) { "Strings" };

    public const int SmsSegmentBudget = 2;

    /// <summary>What a placeholder is replaced with when measuring: as long as the longest number it may hold.</summary>
    private const string PlaceholderSample = "0 800 500 225";

    public static TheoryData<string> FamilyNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in LocalesRepository.Families().Keys.Order(StringComparer.Ordinal)) data.Add(name);
        return data;
    }

    [Fact]
    public void TheBotsOwnFamiliesAreOnDisk()
    {
        var families = LocalesRepository.Families();
        Assert.Contains("Strings", families.Keys);
        Assert.Contains("AdviceStrings", families.Keys);
    }

    [Theory]
    [MemberData(nameof(FamilyNames))]
    public void EveryFamilyHasAnEnglishNeutralFileAndOnlyKnownCultures(string family)
    {
        var files = LocalesRepository.Families()[family];
        Assert.Contains(files, f => f.IsNeutral);
        foreach (var file in files.Where(f => !f.IsNeutral))
        {
            Assert.True(HelplineLanguages.Cultures.Contains(file.Culture) && file.Culture != HelplineLanguages.English,
                $"{file.Path}: culture '{file.Culture}' is not one the helpline speaks (the neutral file is English).");
        }
    }

    [Theory]
    [MemberData(nameof(FamilyNames))]
    public void EveryKeyExistsInEveryRequiredCulture(string family)
    {
        var files = LocalesRepository.Families()[family];
        var neutral = files.Single(f => f.IsNeutral);
        var problems = new List<string>();
        foreach (var culture in RequiredCultures(family))
        {
            var file = files.SingleOrDefault(f => f.Culture == culture);
            if (file is null)
            {
                problems.Add($"{family}.{culture}.resx is missing");
                continue;
            }
            problems.AddRange(neutral.Values.Keys.Except(file.Values.Keys).Select(k => $"{family}.{culture}: missing {k}"));
        }
        foreach (var file in files)
        {
            problems.AddRange(file.Values.Where(kv => string.IsNullOrWhiteSpace(kv.Value)).Select(kv => $"{Name(file)}: {kv.Key} is empty"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(FamilyNames))]
    public void NoCultureAddsKeysTheNeutralFileLacks(string family)
    {
        var files = LocalesRepository.Families()[family];
        var neutralKeys = files.Single(f => f.IsNeutral).Values.Keys.ToHashSet(StringComparer.Ordinal);
        var extra = files.Where(f => !f.IsNeutral)
            .SelectMany(f => f.Values.Keys.Where(k => !neutralKeys.Contains(k)).Select(k => $"{Name(f)}: {k}"))
            .ToList();
        Assert.True(extra.Count == 0, "Keys not in the neutral file:\n" + string.Join("\n", extra));
    }

    [Theory]
    [MemberData(nameof(FamilyNames))]
    public void MoldovanRomanianHoldsOnlyWhatDiffersFromRomanian(string family)
    {
        var files = LocalesRepository.Families()[family];
        var md = files.SingleOrDefault(f => f.Culture == HelplineLanguages.MoldovanRomanian);
        var ro = files.SingleOrDefault(f => f.Culture == HelplineLanguages.Romanian);
        if (md is null) return; // Nothing to compare: ro-MD inherits every key.
        Assert.NotNull(ro);
        var same = md.Values.Where(kv => ro.Values.TryGetValue(kv.Key, out var r) && r == kv.Value).Select(kv => kv.Key).ToList();
        Assert.True(same.Count == 0, $"{family}.ro-MD repeats ro word for word (delete these keys):\n" + string.Join("\n", same));
    }

    [Theory]
    [MemberData(nameof(FamilyNames))]
    public void PlaceholdersAreIdenticalInEveryCulture(string family)
    {
        var files = LocalesRepository.Families()[family];
        var neutral = files.Single(f => f.IsNeutral);
        var problems = new List<string>();
        foreach (var file in files.Where(f => !f.IsNeutral))
        {
            foreach (var (key, value) in file.Values)
            {
                if (!neutral.Values.TryGetValue(key, out var english)) continue;
                var expected = Placeholders(english);
                var actual = Placeholders(value);
                if (expected != actual) problems.Add($"{Name(file)}: {key} has [{actual}], English has [{expected}]");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(FamilyNames))]
    public void NoUserOfAnotherLanguageIsShownEnglish(string family)
    {
        var files = LocalesRepository.Families()[family];
        var neutral = files.Single(f => f.IsNeutral);
        var problems = new List<string>();
        foreach (var file in files.Where(f => !f.IsNeutral))
        {
            foreach (var (key, value) in file.Values)
            {
                if (!neutral.Values.TryGetValue(key, out var english) || value != english) continue;
                if (SameInEveryLanguage.Contains(family + "/" + key) || ProperNames.Contains(value) || !HasLetters(value)) continue;
                problems.Add($"{Name(file)}: {key} is the English text \"{value}\"");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(FamilyNames))]
    public void EverySmsTextFitsItsSegmentBudgetInEveryCulture(string family)
    {
        var files = LocalesRepository.Families()[family];
        var problems = new List<string>();
        foreach (var file in files)
        {
            foreach (var (key, value) in file.Values)
            {
                if (!IsSmsText(family, key)) continue;
                var count = SmsSegments.Calculate(PlaceholderPattern().Replace(value, PlaceholderSample));
                if (count.Segments > SmsSegmentBudget)
                {
                    problems.Add($"{Name(file)}: {key} is {count.Units} {count.Encoding} units = {count.Segments} segments");
                }
            }
        }
        Assert.True(problems.Count == 0, $"Over {SmsSegmentBudget} segments:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void TheSmsRuleCoversTheKeysItIsMeantFor()
    {
        Assert.True(IsSmsText("AdviceStrings", "Advice.Fees.Sms"));
        Assert.True(IsSmsText("AdviceStrings", "Advice.Under18.Sms2"));
        Assert.True(IsSmsText("AdviceStrings", "Directory.Heading.EU.Sms"));
        Assert.True(IsSmsText("Strings", "Help.Text"));
        Assert.False(IsSmsText("AdviceStrings", "Advice.Fees.Web"));
        Assert.False(IsSmsText("AdviceStrings", "Advice.SmsTips.Web"));
    }

    [Fact]
    public void AnOverlongUcs2TextIsCaughtByTheBudget()
    {
        // 135 Cyrillic letters: UCS-2, three segments. The rule above must reject it.
        var text = new string('ж', 135);
        Assert.True(SmsSegments.Calculate(text).Segments > SmsSegmentBudget);
        Assert.True(SmsSegments.Calculate(text[..134]).Segments <= SmsSegmentBudget);
    }

    public static TheoryData<string, string> CultureFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var (family, files) in LocalesRepository.Families().OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            foreach (var file in files) data.Add(family, file.IsNeutral ? HelplineLanguages.English : file.Culture);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CultureFiles))]
    public void TheLocalizerServesEachFileInItsCulture(string family, string culture)
    {
        var files = LocalesRepository.Families()[family];
        var file = culture == HelplineLanguages.English ? files.Single(f => f.IsNeutral) : files.Single(f => f.Culture == culture);
        var localizer = LocalizerFor(family);
        var wrong = new List<string>();
        InCulture(culture, () =>
        {
            foreach (var (key, value) in file.Values)
            {
                var served = localizer[key];
                if (served.ResourceNotFound || served.Value != value) wrong.Add($"{key}: got \"{served.Value}\"");
            }
        });
        Assert.True(wrong.Count == 0, $"{family} in {culture} through IStringLocalizer:\n" + string.Join("\n", wrong));
    }

    [Theory]
    [MemberData(nameof(FamilyNames))]
    public void MoldovanRomanianFallsBackToRomanianForEveryKeyItDoesNotOverride(string family)
    {
        var files = LocalesRepository.Families()[family];
        var ro = files.SingleOrDefault(f => f.Culture == HelplineLanguages.Romanian);
        if (ro is null) return; // A family without Romanian (none today) has nothing to fall back to.
        var md = files.SingleOrDefault(f => f.Culture == HelplineLanguages.MoldovanRomanian);
        var overridden = md?.Values ?? new Dictionary<string, string>();
        var inherited = ro.Values.Where(kv => !overridden.ContainsKey(kv.Key)).ToList();
        Assert.NotEmpty(inherited);
        var localizer = LocalizerFor(family);
        var wrong = new List<string>();
        InCulture(HelplineLanguages.MoldovanRomanian, () =>
        {
            foreach (var (key, value) in inherited)
            {
                if (localizer[key].Value != value) wrong.Add($"{key}: got \"{localizer[key].Value}\", ro has \"{value}\"");
            }
            foreach (var (key, value) in overridden)
            {
                if (localizer[key].Value != value) wrong.Add($"{key}: got \"{localizer[key].Value}\", ro-MD has \"{value}\"");
            }
        });
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void EveryFamilyOnDiskHasAMarkerClass()
    {
        var missing = LocalesRepository.Families().Keys.Where(f => MarkerType(f) is null).ToList();
        Assert.True(missing.Count == 0, "No Helpline.Locales.<Family> class for: " + string.Join(", ", missing));
    }

    private static IEnumerable<string> RequiredCultures(string family) =>
        CounsellorFamilies.TryGetValue(family, out var cultures) ? cultures : UserCultures;

    private static bool IsSmsText(string family, string key) =>
        SmsFamilies.Contains(family) || key.EndsWith(".Sms", StringComparison.Ordinal) ||
        key.EndsWith(".Sms2", StringComparison.Ordinal) || key.Contains(".Sms.", StringComparison.Ordinal);

    private static string Placeholders(string value) =>
        string.Join(",", PlaceholderPattern().Matches(value).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal));

    private static bool HasLetters(string value) => value.Any(char.IsLetter);

    private static string Name(ResxFile file) => file.IsNeutral ? file.Family : $"{file.Family}.{file.Culture}";

    private static Type? MarkerType(string family) =>
        typeof(Helpline.Locales.Strings).Assembly.GetType("Helpline.Locales." + family);

    private static IStringLocalizer LocalizerFor(string family)
    {
        var marker = MarkerType(family) ?? throw new InvalidOperationException("No marker class for " + family);
        var services = new ServiceCollection()
            .AddLogging()
            .AddLocalization(options => options.ResourcesPath = "")
            .BuildServiceProvider();
        return services.GetRequiredService<IStringLocalizerFactory>().Create(marker);
    }

    private static void InCulture(string culture, Action action)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
