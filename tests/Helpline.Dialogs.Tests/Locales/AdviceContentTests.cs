using System.Text.RegularExpressions;
using Helpline.Core;
using Helpline.Dialogs.Directory;

namespace Helpline.Dialogs.Tests.Locales;

/// <summary>
/// The advice family holds every topic in the shape the dialogs read it (Title, Sms, optional Sms2, Web),
/// a numbered SMS menu that lists each topic once, and the words for every kind and region the directory uses.
/// </summary>
public sealed partial class AdviceContentTests
{
    /// <summary>The stable topic ids, in the order the SMS menu numbers them.</summary>
    private static readonly string[] Topics =
    [
        "BeforeYouGo", "CheckEmployer", "Contract", "Fees", "Passport", "Family", "Visa",
        "MoneyBack", "Under18", "Parents", "ChildGone", "Abroad", "Online",
    ];

    private static IReadOnlyDictionary<string, string> English =>
        LocalesRepository.Families()["AdviceStrings"].Single(f => f.IsNeutral).Values;

    [Fact]
    public void EveryTopicHasATitleAnSmsAndAWebText()
    {
        var missing = Topics
            .SelectMany(t => new[] { $"Advice.{t}.Title", $"Advice.{t}.Sms", $"Advice.{t}.Web" })
            .Where(k => !English.ContainsKey(k))
            .ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void NoTopicKeyBelongsToATopicOutsideTheList()
    {
        var unknown = English.Keys
            .Where(k => k.StartsWith("Advice.", StringComparison.Ordinal) && !k.StartsWith("Advice.Menu.", StringComparison.Ordinal))
            .Select(k => k.Split('.')[1])
            .Distinct()
            .Except(Topics)
            .ToList();
        Assert.Empty(unknown);
    }

    [Fact]
    public void TheWebFormSaysMoreThanTheSmsForm()
    {
        Assert.All(Topics, t => Assert.True(English[$"Advice.{t}.Web"].Length > English[$"Advice.{t}.Sms"].Length, t));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void TheSmsMenuNumbersEveryTopicOnceInOrder(string culture)
    {
        var menu = Value(culture, "Advice.Menu.Sms") + "\n" + Value(culture, "Advice.Menu.Sms2");
        var numbers = MenuNumber().Matches(menu).Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(Enumerable.Range(1, Topics.Length), numbers);
    }

    [Fact]
    public void EveryServedCountryHasAWordOnWhereLicensedAgenciesAreListed()
    {
        Assert.All(HelplineCountries.Served, c => Assert.True(English.ContainsKey($"Advice.CheckEmployer.Registry.{c}"), c));
    }

    [Fact]
    public void EveryDirectoryKindAndRegionHasItsWords()
    {
        var keys = HelplineContactKind.All.SelectMany(k => new[] { $"Directory.Kind.{k}", $"Directory.Kind.{k}.Web" })
            .Concat(HelplineCountries.Served.Append(HelplineDirectory.EuropeanUnion).Select(r => $"Directory.Heading.{r}"))
            .Concat(["Directory.Title", "Directory.Intro.Sms", "Directory.Heading.EU.Sms", "Directory.Free",
                "Directory.AlwaysOpen", "Directory.FreeAlwaysOpen", "Directory.Embassy.Web"]);
        var missing = keys.Where(k => !English.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    public static TheoryData<string> Cultures() => new(HelplineLanguages.Cultures);

    private static string Value(string culture, string key)
    {
        var files = LocalesRepository.Families()["AdviceStrings"];
        foreach (var c in new[] { culture, HelplineLanguages.BaseLanguage(culture) })
        {
            var file = files.SingleOrDefault(f => f.Culture == c);
            if (file is not null && file.Values.TryGetValue(key, out var value)) return value;
        }
        return English[key];
    }

    [GeneratedRegex(@"(?m)^(\d+) ")]
    private static partial Regex MenuNumber();
}
