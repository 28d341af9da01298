using Helpline.Safety.JobOffers;
using Helpline.Safety.Text;

namespace Helpline.Safety.Tests.JobOffers;

public class JobOfferLexiconTests
{
    public static TheoryData<string> Languages() => ["sq", "ro", "uk", "ru", "en"];

    [Fact]
    public void EveryLanguageHasAJobOfferLexicon() =>
        Assert.Equal(["en", "ro", "ru", "sq", "uk"], LexiconLoader.EmbeddedLanguages(JobOfferAnalyzer.LexiconName));

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryLexiconCoversEverySignAndClueWithCompilablePatterns(string language)
    {
        var lexicon = LexiconLoader.LoadEmbedded(language, JobOfferAnalyzer.LexiconName)!;
        var keys = lexicon.Entries.Where(e => e.Patterns.Count > 0).Select(e => e.Key).ToHashSet();
        var required = JobOfferSigns.FromLexicons.Append(JobOfferSigns.Minors).Concat(JobOfferLexiconKeys.All);
        var missing = required.Where(k => !keys.Contains(k)).ToList();
        var unknown = keys.Where(k => !JobOfferSigns.IsSign(k) && !JobOfferLexiconKeys.All.Contains(k)).ToList();
        Assert.True(missing.Count == 0, $"{language}: no patterns for {string.Join(", ", missing)}");
        Assert.True(unknown.Count == 0, $"{language}: unknown keys {string.Join(", ", unknown)}");
        var matcher = new LexiconMatcher([lexicon]);
        Assert.True(matcher.PatternCount > 100);
    }
}
