using Helpline.Core;
using Helpline.Safety.Language;
using Xunit.Abstractions;

namespace Helpline.Safety.Tests.Language;

/// <summary>
/// Measures the identifier on the labelled set in Corpus/language-id.tsv, written apart from the
/// training texts: at least 95% right on messages of 15 characters or more, 85% on shorter ones.
/// </summary>
public sealed class LanguageIdentificationAccuracyTests(LanguageIdentifierFixture fixture, ITestOutputHelper output)
    : IClassFixture<LanguageIdentifierFixture>
{
    public const int ShortMessageLength = 15;
    public const double LongMessageTarget = 0.95;
    public const double ShortMessageTarget = 0.85;

    [Fact]
    public void TheEvaluationSetHasSixtyMessagesPerLanguageHalfOfThemShort()
    {
        var corpus = LanguageIdCorpus.Load();
        foreach (var language in HelplineLanguages.Identifiable)
        {
            var messages = corpus.Where(s => s.Language == language).ToList();
            Assert.True(messages.Count >= 60, $"{language}: {messages.Count} messages");
            var short1To4Words = messages.Count(s => LanguageIdCorpus.WordCount(s.Text) is >= 1 and <= 4);
            Assert.True(short1To4Words * 2 >= messages.Count, $"{language}: {short1To4Words} of {messages.Count} have 1-4 words");
        }
        Assert.All(corpus, s => Assert.Contains(s.Language, HelplineLanguages.Identifiable));
    }

    [Fact]
    public void NoEvaluationMessageIsInTheTrainingData()
    {
        var training = LanguageIdentifier.EmbeddedTrainingSamples()
            .Select(s => LanguageText.Normalize(s.Text))
            .ToHashSet(StringComparer.Ordinal);
        var overlap = LanguageIdCorpus.Load().Where(s => training.Contains(LanguageText.Normalize(s.Text))).ToList();
        Assert.True(overlap.Count == 0, "In both sets: " + string.Join(" | ", overlap.Select(s => s.Text)));
    }

    [Fact]
    public void IdentifiesTheEvaluationSetWellEnough()
    {
        var corpus = LanguageIdCorpus.Load();
        var results = corpus
            .Select(s => (Sample: s, Guess: fixture.Identifier.Identify(s.Text)))
            .Select(r => (r.Sample, r.Guess, Long: r.Sample.Text.Length >= ShortMessageLength, Right: r.Guess.Language == r.Sample.Language))
            .ToList();

        output.WriteLine($"{"lang",-5} {"long ok/n",12} {"short ok/n",12}");
        foreach (var language in HelplineLanguages.Identifiable)
        {
            var own = results.Where(r => r.Sample.Language == language).ToList();
            output.WriteLine($"{language,-5} {Figure(own.Where(r => r.Long).ToList()),12} {Figure(own.Where(r => !r.Long).ToList()),12}");
        }
        var longOnes = results.Where(r => r.Long).ToList();
        var shortOnes = results.Where(r => !r.Long).ToList();
        output.WriteLine($"{"all",-5} {Figure(longOnes),12} {Figure(shortOnes),12}");
        output.WriteLine($"long {Rate(longOnes):P1}, short {Rate(shortOnes):P1}");
        var sure = results.Where(r => r.Guess.Confidence >= ConversationLanguage.SwitchConfidence).ToList();
        output.WriteLine($"confidence >= {ConversationLanguage.SwitchConfidence}: {Figure(sure)} right; " +
            $"long messages below it: {longOnes.Count(r => r.Guess.Confidence < ConversationLanguage.SwitchConfidence)}");
        foreach (var miss in results.Where(r => !r.Right))
        {
            output.WriteLine($"miss: {miss.Sample.Language} -> {miss.Guess.Language ?? "null"} ({miss.Guess.Confidence:F2}) {miss.Sample.Text}");
        }

        Assert.True(Rate(longOnes) >= LongMessageTarget, $"Long messages: {Rate(longOnes):P1}");
        Assert.True(Rate(shortOnes) >= ShortMessageTarget, $"Short messages: {Rate(shortOnes):P1}");
    }

    /// <summary>
    /// A second, independent figure: five-fold cross-validation over the training sentences (the same
    /// sentence with and without diacritics stays in one fold). Looser targets: these folds learn from
    /// a fifth less text and are not tuned on.
    /// </summary>
    [Fact]
    public void CrossValidationOnTheTrainingTextsIsInTheSameRange()
    {
        const int folds = 5;
        var lexicon = LanguageIdLexicon.LoadEmbedded();
        var samples = LanguageIdentifier.EmbeddedTrainingSamples();
        int FoldOf(LanguageSample s) => (int)(LanguageText.WordHash(LanguageText.Normalize(s.Text).Replace(" ", "")) % folds);

        var results = new List<(LanguageSample Sample, string? Guess, bool Long, bool Right)>();
        for (var fold = 0; fold < folds; fold++)
        {
            var identifier = new LanguageIdentifier(lexicon, samples.Where(s => FoldOf(s) != fold));
            results.AddRange(samples.Where(s => FoldOf(s) == fold).Select(s =>
            {
                var full = identifier.Identify(s.Text);
                var guess = full.Language;
                if (guess != s.Language && s.Text.Length >= ShortMessageLength) output.WriteLine($"cv miss: {s.Language} -> {guess} ({full.Confidence:F2}) {s.Text}");
                return (s, guess, s.Text.Length >= ShortMessageLength, guess == s.Language);
            }));
        }
        var longOnes = results.Where(r => r.Long).ToList();
        var shortOnes = results.Where(r => !r.Long).ToList();
        output.WriteLine($"cross-validation: long {Figure(longOnes)} = {Rate(longOnes):P1}, short {Figure(shortOnes)} = {Rate(shortOnes):P1}");
        foreach (var language in HelplineLanguages.Identifiable)
        {
            var own = results.Where(r => r.Sample.Language == language).ToList();
            output.WriteLine($"{language,-5} {Figure(own.Where(r => r.Long).ToList()),12} {Figure(own.Where(r => !r.Long).ToList()),12}");
        }
        Assert.True(Rate(longOnes) >= 0.90, $"Long: {Rate(longOnes):P1}");
        Assert.True(Rate(shortOnes) >= 0.75, $"Short: {Rate(shortOnes):P1}");
    }

    private static double Rate<T>(IReadOnlyList<(LanguageSample Sample, T Guess, bool Long, bool Right)> results) =>
        results.Count == 0 ? 0 : results.Count(r => r.Right) / (double)results.Count;

    private static string Figure<T>(IReadOnlyList<(LanguageSample Sample, T Guess, bool Long, bool Right)> results) =>
        $"{results.Count(r => r.Right)}/{results.Count}";
}
