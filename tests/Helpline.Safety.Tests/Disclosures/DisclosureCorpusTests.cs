using Helpline.Safety.Disclosures;
using Xunit.Abstractions;

namespace Helpline.Safety.Tests.Disclosures;

/// <summary>
/// The quality bars of the disclosure screen, measured on the labelled corpus per language
/// (Corpus/disclosures/&lt;lang&gt;.jsonl): recall >= 98% on must-escalate messages, false escalation
/// <= 5% on ordinary questions, and P1 for every self-harm or immediate-danger message.
/// </summary>
public class DisclosureCorpusTests(ITestOutputHelper output)
{
    private static readonly DisclosureScreen Screen = new();

    public static TheoryData<string> Languages => new() { "sq", "ro", "uk", "ru", "en" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void TheCorpusHasEnoughMessagesOfEachKind(string language)
    {
        var corpus = LabelledMessage.Load($"{language}.jsonl");
        Assert.True(corpus.Count(m => m.Escalate) >= 25, $"{language}: fewer than 25 must-escalate messages");
        Assert.True(corpus.Count(m => !m.Escalate) >= 25, $"{language}: fewer than 25 ordinary messages");
        foreach (var message in corpus)
        {
            Assert.Equal(message.Escalate, message.Priority is not null);
            Assert.Equal(message.Escalate, message.Categories.Count > 0);
            foreach (var code in message.Categories)
            {
                Assert.True(DisclosureCategories.TryParse(code, out _), $"{language}: unknown category '{code}' in \"{message.Text}\"");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void MustEscalateMessagesEscalate(string language)
    {
        var score = CorpusScore.Of(Screen, LabelledMessage.Load($"{language}.jsonl"));
        output.WriteLine($"{language}: {score}");
        Assert.True(score.Recall >= 0.98, $"{language}: {score}");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void OrdinaryQuestionsDoNotEscalate(string language)
    {
        var score = CorpusScore.Of(Screen, LabelledMessage.Load($"{language}.jsonl"));
        output.WriteLine($"{language}: {score}");
        Assert.True(score.FalseEscalationRate <= 0.05, $"{language}: {score}");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void SelfHarmAndImmediateDangerAreAlwaysP1(string language)
    {
        var score = CorpusScore.Of(Screen, LabelledMessage.Load($"{language}.jsonl"));
        Assert.True(score.UrgentNotP1.Count == 0, $"{language}: {score}");
    }

    /// <summary>
    /// Messages written before the patterns and never used to tune them (Corpus/disclosures/holdout): a
    /// fairer view of how the screen does on new wording. The bar is lower than the tuned corpus's; the
    /// figures are printed for the report.
    /// </summary>
    [Theory]
    [MemberData(nameof(Languages))]
    public void HeldOutMessagesAreMostlyRight(string language)
    {
        var score = CorpusScore.Of(Screen, LabelledMessage.Load(Path.Combine("holdout", $"{language}.jsonl")));
        output.WriteLine($"{language} (held out): {score}");
        Assert.True(score.Recall >= 0.75, $"{language} (held out): {score}");
        Assert.True(score.FalseEscalationRate <= 0.15, $"{language} (held out): {score}");
    }
}
