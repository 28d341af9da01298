using Helpline.Core;

namespace Helpline.Dialogs.Tests.Locales;

/// <summary>
/// A text that tells users which word to type names the very word the bot listens for in that language
/// (Strings <c>Keyword.*</c>), so "write MENIU" is never answered with "I did not understand".
/// </summary>
public sealed class KeywordConsistencyTests
{
    public static TheoryData<string, string, string, string> Mentions()
    {
        var data = new TheoryData<string, string, string, string>();
        (string Family, string Key, string Keyword)[] mentions =
        [
            ("Strings", "Welcome.Privacy", "Keyword.Delete"),
            ("Strings", "Menu.NotUnderstood", "Keyword.Menu"),
            ("Strings", "Help.Text", "Keyword.Menu"),
            ("Strings", "OptIn.Confirmed", "Keyword.Menu"),
            ("Strings", "Delete.Confirm", "Keyword.Yes"),
            ("Strings", "Delete.Confirm", "Keyword.No"),
            ("AdviceStrings", "Advice.Abroad.Sms2", "Keyword.Menu"),
        ];
        foreach (var culture in HelplineLanguages.Cultures)
        {
            foreach (var (family, key, keyword) in mentions) data.Add(culture, family, key, keyword);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Mentions))]
    public void ATextNamesTheKeywordOfItsOwnLanguage(string culture, string family, string key, string keyword)
    {
        var text = Resolve(family, culture, key);
        var word = Resolve("Strings", culture, keyword);
        Assert.Contains(word, text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void KeywordsAreOneWordInCapitals(string culture)
    {
        foreach (var key in new[] { "Keyword.Menu", "Keyword.Delete", "Keyword.Help", "Keyword.Yes", "Keyword.No" })
        {
            var word = Resolve("Strings", culture, key);
            Assert.DoesNotContain(' ', word);
            Assert.Equal(word.ToUpperInvariant(), word);
        }
    }

    public static TheoryData<string> Cultures() => new(HelplineLanguages.Cultures);

    /// <summary>The value a user of <paramref name="culture"/> gets: ro-MD falls back to ro, everything to the neutral file.</summary>
    private static string Resolve(string family, string culture, string key)
    {
        var files = LocalesRepository.Families()[family];
        foreach (var c in new[] { culture, HelplineLanguages.BaseLanguage(culture) })
        {
            var file = files.SingleOrDefault(f => f.Culture == c);
            if (file is not null && file.Values.TryGetValue(key, out var value)) return value;
        }
        return files.Single(f => f.IsNeutral).Values[key];
    }
}
