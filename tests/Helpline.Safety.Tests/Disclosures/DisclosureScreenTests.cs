using FsCheck.Xunit;
using Helpline.Safety.Disclosures;
using Helpline.Safety.Tests.Text;
using Helpline.Safety.Text;

namespace Helpline.Safety.Tests.Disclosures;

public class DisclosureScreenTests
{
    private static readonly DisclosureScreen Screen = new();

    [Theory]
    [InlineData("how do I renew my passport")]
    [InlineData("nobody took my passport, I'm asking for a friend")]
    [InlineData("the boss didn't take my passport")]
    [InlineData("what if they take my passport?")]
    [InlineData("askush nuk ma mori pasaportën")]
    [InlineData("nimeni nu mi-a luat pașaportul")]
    [InlineData("ніхто не забирав мій паспорт")]
    [InlineData("никто не забирал мой паспорт")]
    [InlineData("can the boss keep my passport?")]
    [InlineData("poate patronul sa-mi tina pasaportul?")]
    [InlineData("что такое торговля людьми?")]
    public void DeniedOrHypotheticalDisclosuresDoNotEscalate(string text)
    {
        var result = Screen.Screen(text);
        Assert.False(result.Escalate, string.Join(" | ", result.Evidence));
        Assert.Null(result.Priority);
        Assert.Empty(result.Categories);
    }

    [Theory]
    [InlineData("they took my passport")]
    [InlineData("No, they took my passport")]
    [InlineData("how do I get home? they took my passport")]
    [InlineData("they took my passport, what should I do?")]
    [InlineData("what are my rights they took my passport")]
    [InlineData("i have no money and they took my passport")]
    [InlineData("nu am bani si mi-au luat pasaportul")]
    [InlineData("nuk kam para dhe na moren pasaportat")]
    [InlineData("нет денег и забрали паспорт")]
    [InlineData("ma moren pasaporten")]
    [InlineData("hazainul mi-o luat pasaportul")]
    [InlineData("zabraly pasport")]
    public void TakenDocumentsEscalateAtP2(string text)
    {
        var result = Screen.Screen(text);
        Assert.True(result.Escalate);
        Assert.Equal(DisclosurePriority.P2, result.Priority);
        Assert.Contains(DisclosureCategory.DocumentsTaken, result.Categories);
    }

    [Theory]
    [InlineData("I don't want to live anymore")]
    [InlineData("no. I dont want to live")]
    [InlineData("how do i stop it, i want to kill myself")]
    [InlineData("nu mai vreau să trăiesc")]
    [InlineData("nu mai vreau sa traiesc")]
    [InlineData("nuk dua më të jetoj")]
    [InlineData("не хочу жити")]
    [InlineData("ne hochu zhyty")]
    [InlineData("не хочу больше жить")]
    [InlineData("nobody cares. i want to die")]
    public void NegationAndQuestionsNeverCancelSelfHarm(string text)
    {
        var result = Screen.Screen(text);
        Assert.True(result.Escalate);
        Assert.Equal(DisclosurePriority.P1, result.Priority);
        Assert.Contains(DisclosureCategory.SelfHarm, result.Categories);
    }

    [Fact]
    public void StopHurtingMeIsScreenedLikeAnyMessage()
    {
        var result = Screen.Screen("stop hurting me");
        Assert.Equal(DisclosurePriority.P1, result.Priority);
        Assert.Equal([DisclosureCategory.ImmediateDanger], result.Categories);
        Assert.False(Screen.Screen("STOP").Escalate);
    }

    [Fact]
    public void TheMostUrgentCategoryDecidesThePriority()
    {
        var result = Screen.Screen("they dont pay us and he is hitting me right now");
        Assert.Equal(DisclosurePriority.P1, result.Priority);
        Assert.Equal([DisclosureCategory.ImmediateDanger, DisclosureCategory.ForcedWork], result.Categories);
    }

    [Fact]
    public void AskingForAFriendStillEscalatesAtP3()
    {
        var result = Screen.Screen("asking for a friend: her boss keeps her passport");
        Assert.True(result.Escalate);
        Assert.Equal(DisclosurePriority.P3, result.Priority);
        Assert.Equal([DisclosureCategory.WorriedAboutSomeone], result.Categories);
    }

    [Fact]
    public void EvidenceIsASpanOfTheOriginalText()
    {
        const string text = "Salut. Patronul mi-a luat PAȘAPORTUL!!";
        var evidence = Assert.Single(Screen.Screen(text).Evidence);
        Assert.Equal(DisclosureCategory.DocumentsTaken, evidence.Category);
        Assert.Equal("mi-a luat PAȘAPORTUL", evidence.Text);
        Assert.Equal(evidence.Text, text.Substring(evidence.Start, evidence.Length));
        Assert.Equal("ro", evidence.Language);
        Assert.StartsWith("documents-taken: ", evidence.PatternId);
    }

    [Theory]
    [InlineData("ma bate gandul sa plec in Spania", false)]
    [InlineData("el ma bate", true)]
    [InlineData("i will die of boredom", false)]
    [InlineData("i want to die", true)]
    public void SetPhrasesAreNotDisclosures(string text, bool escalate)
    {
        Assert.Equal(escalate, Screen.Screen(text).Escalate);
    }

    [Fact]
    public void EmptyTextEscalatesNothing()
    {
        Assert.Same(DisclosureResult.None, Screen.Screen(""));
        Assert.False(Screen.Screen("   ...  ").Escalate);
    }

    [Fact]
    public void EveryLanguageHasPatternsForEveryCategoryAndCue()
    {
        foreach (var language in new[] { "sq", "ro", "uk", "ru", "en" })
        {
            var lexicon = LexiconLoader.LoadEmbedded(language, DisclosureScreen.LexiconName);
            Assert.NotNull(lexicon);
            var keys = lexicon.Entries.Where(e => e.Patterns.Count > 0).Select(e => e.Key).ToHashSet();
            foreach (var category in DisclosureCategories.All)
            {
                Assert.True(keys.Contains(category.Code()), $"{language}: no patterns for {category.Code()}");
            }
            Assert.Contains(DisclosureScreen.NegationCue, keys);
            Assert.Contains(DisclosureScreen.QuestionCue, keys);
        }
        Assert.Equal(["en", "ro", "ru", "sq", "uk"], Screen.Languages);
    }

    [Fact]
    public void AMistypedKeyFailsAtStartUp()
    {
        var lexicon = LexiconLoader.Parse(DisclosureScreen.LexiconName, "en", "documents-takne:\n  - they took my passport\n");
        var error = Assert.Throws<LexiconFormatException>(() => new DisclosureScreen([lexicon]));
        Assert.Contains("documents-takne", error.Message);
    }

    [Fact]
    public void ACueOfAnotherLanguageDoesNotCancelAMatch()
    {
        // "ne" is "we" in Albanian and a negator in Ukrainian and Russian: it must not cancel an English match.
        var lexicons = new[]
        {
            LexiconLoader.Parse(DisclosureScreen.LexiconName, "en", "documents-taken:\n  - took ~2 passport*\n"),
            LexiconLoader.Parse(DisclosureScreen.LexiconName, "uk", "cue-negation:\n  - ne\n"),
        };
        var screen = new DisclosureScreen(lexicons);
        Assert.True(screen.Screen("ne took our passports").Escalate);
        var withEnglishCue = new DisclosureScreen([lexicons[0], LexiconLoader.Parse(DisclosureScreen.LexiconName, "en", "cue-negation:\n  - ne\n")]);
        Assert.False(withEnglishCue.Screen("ne took our passports").Escalate);
    }

    [Fact]
    public void ScreeningFromManyThreadsGivesTheSameAnswers()
    {
        var texts = new[] { "en", "sq", "ro", "uk", "ru" }
            .SelectMany(l => LabelledMessage.Load($"{l}.jsonl")).Select(m => m.Text).ToArray();
        var expected = texts.Select(t => Describe(Screen.Screen(t))).ToArray();
        var actual = new string[texts.Length];
        Parallel.For(0, texts.Length * 4, i => actual[i % texts.Length] = Describe(Screen.Screen(texts[i % texts.Length])));
        Assert.Equal(expected, actual);
    }

    [Property(Arbitrary = [typeof(HelplineTexts)], MaxTest = 300)]
    public bool AnyTextGivesAConsistentResult(string text)
    {
        var result = Screen.Screen(text);
        if (result.Escalate != result.Categories.Count > 0) return false;
        if (result.Escalate != result.Evidence.Count > 0) return false;
        if (result.Escalate && result.Priority != result.Categories.Min(c => c.Priority())) return false;
        return result.Evidence.All(e =>
            e.Start >= 0 && e.Length > 0 && e.Start + e.Length <= text.Length &&
            text.Substring(e.Start, e.Length) == e.Text && result.Categories.Contains(e.Category));
    }

    private static string Describe(DisclosureResult result) =>
        $"{result.Priority}:{string.Join(",", result.Categories)}:{string.Join(",", result.Evidence.Select(e => $"{e.Start}+{e.Length}"))}";
}
