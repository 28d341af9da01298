using Helpline.Safety.Text;

namespace Helpline.Safety.Tests.Text;

public class LexiconMatcherTests
{
    private static LexiconMatcher MatcherFor(string yaml, string language = "ro") =>
        new([LexiconLoader.Parse("test", language, yaml)]);

    [Fact]
    public void AStemMatchesEveryEndingWithOrWithoutDiacritics()
    {
        var matcher = MatcherFor("documents-taken:\n  - pașaport* luat*\n");
        foreach (var text in new[] { "pașaportul luat", "Paşaportul luat de patron", "PASAPORTUL LUAT", "pasaport luata" })
        {
            Assert.Contains(matcher.Match(text), m => m.Key == "documents-taken");
        }
        Assert.Empty(matcher.Match("pasul luat"));
    }

    [Fact]
    public void EvidenceIsTheOriginalText()
    {
        var matcher = MatcherFor("passport-kept:\n  - pasaport* ~2 (ramane|pastram) ~2 noi\n");
        const string text = "Atenție: PAȘAPORTUL vostru rămâne la noi, e mai sigur.";
        var match = Assert.Single(matcher.Match(text));
        Assert.Equal("PAȘAPORTUL vostru rămâne la noi", match.Span.Of(text));
        Assert.Equal("passport-kept", match.Key);
        Assert.Equal("ro", match.Language);
    }

    [Fact]
    public void GapsAllowAtMostTheGivenNumberOfWords()
    {
        var matcher = MatcherFor("k:\n  - nu ~2 acte\n");
        Assert.NotEmpty(matcher.Match("nu ai nevoie acte"));
        Assert.Empty(matcher.Match("nu ai nevoie de acte"));
        Assert.NotEmpty(matcher.Match("nu acte"));
    }

    [Fact]
    public void OptionalWordsMayBeLeftOut()
    {
        var matcher = MatcherFor("k:\n  - fara? experienta\n  - nu trebuie (acte|documente)\n");
        Assert.NotEmpty(matcher.Match("experienta"));
        Assert.NotEmpty(matcher.Match("fara experienta"));
        Assert.NotEmpty(matcher.Match("nu trebuie documente"));
        Assert.Empty(matcher.Match("nu trebuie bani"));
    }

    [Fact]
    public void NumbersAreMatchedByPlaceholder()
    {
        var matcher = MatcherFor("age-from:\n  - від <num> рок*\n", "uk");
        var text = TextNormaliser.Fold("Беремо дівчат від 16 років");
        var match = Assert.Single(matcher.Match(text));
        Assert.Equal(16, text.TokenNumber(match.TokenStart + 1));
        Assert.NotEmpty(matcher.Match("vid 16 rokiv"));
        Assert.Empty(matcher.Match("від років"));
    }

    [Fact]
    public void CyrillicPatternsMatchLatinTyping()
    {
        var matcher = MatcherFor("documents-taken:\n  - забра* паспорт*\n", "uk");
        Assert.NotEmpty(matcher.Match("мене забрали паспорт"));
        Assert.NotEmpty(matcher.Match("mene zabraly pasport"));
        Assert.NotEmpty(matcher.Match("zabrali pasport"));
    }

    [Fact]
    public void TokensAroundAMatchCanBeRead()
    {
        var matcher = MatcherFor("k:\n  - pasaport* luat*\n");
        var text = TextNormaliser.Fold("nu mi-au pasaportul luat");
        var match = Assert.Single(matcher.Match(text));
        Assert.Equal("nu", text.TokenText(match.TokenStart - 3).ToString());
    }

    [Fact]
    public void EveryLanguageIsMatchedTogether()
    {
        var matcher = new LexiconMatcher([
            LexiconLoader.Parse("t", "ro", "passport:\n  - pasaport*\n"),
            LexiconLoader.Parse("t", "sq", "passport:\n  - pasaport*\n  - dokument*\n"),
            LexiconLoader.Parse("t", "ru", "passport:\n  - паспорт*\n"),
        ]);
        var matches = matcher.Match("паспорт и dokumentet");
        Assert.Equal(["ru", "sq"], matches.Select(m => m.Language).ToArray());
        Assert.Equal(new[] { 0, 2 }, matches.Select(m => m.TokenStart));
    }

    [Theory]
    [InlineData("k:\n  - (a|b\n")]
    [InlineData("k:\n  - pas*port\n")]
    [InlineData("k:\n  - ~0 a\n")]
    [InlineData("k:\n  - \"!!!\"\n")]
    [InlineData("k: [a, b\n")]
    public void BadPatternsAreReportedWithTheirPlace(string yaml)
    {
        var error = Assert.Throws<LexiconFormatException>(() => MatcherFor(yaml));
        Assert.Contains("lexicons/ro/test.yaml", error.Message);
    }
}
