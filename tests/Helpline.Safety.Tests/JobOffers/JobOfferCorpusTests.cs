using Helpline.Safety.JobOffers;
using Xunit.Abstractions;

namespace Helpline.Safety.Tests.JobOffers;

/// <summary>
/// The quality bars of the job-offer check, measured on the labelled corpus (Corpus/job-offers/*.jsonl):
/// risky offers rated medium or high at least 95%, legitimate offers rated high at most 10%, and every sign
/// with a positive and a negative example in every language.
/// </summary>
public class JobOfferCorpusTests(AnalyzerFixture fixture, ITestOutputHelper output) : IClassFixture<AnalyzerFixture>
{
    public static TheoryData<string> Cultures() => [.. CorpusOffer.Cultures];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void EachLanguageHasAtLeastThirtyOffersAboutHalfRisky(string culture)
    {
        var offers = CorpusOffer.Load(culture);
        Assert.True(offers.Count >= 30, $"{culture}: {offers.Count} offers");
        var riskyShare = offers.Count(o => o.Risky) / (double)offers.Count;
        Assert.InRange(riskyShare, 0.35, 0.65);
        Assert.All(offers.SelectMany(o => o.Signs), code => Assert.True(JobOfferSigns.IsSign(code), $"unknown code {code}"));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void RiskyOffersAreRatedMediumOrHighAndLegitimateOnesRarelyHigh(string culture)
    {
        var offers = CorpusOffer.Load(culture);
        var risky = offers.Where(o => o.Risky).ToList();
        var legitimate = offers.Where(o => !o.Risky).ToList();
        var riskyCaught = risky.Count(o => fixture.Analyzer.Analyze(o.ToInput()).Risk != JobOfferRisk.Low);
        var legitimateHigh = legitimate.Count(o => fixture.Analyzer.Analyze(o.ToInput()).Risk == JobOfferRisk.High);
        var caughtRate = riskyCaught / (double)risky.Count;
        var highRate = legitimateHigh / (double)legitimate.Count;
        output.WriteLine($"{culture}: risky rated medium/high {riskyCaught}/{risky.Count} ({caughtRate:P0}), legitimate rated high {legitimateHigh}/{legitimate.Count} ({highRate:P0})");
        Assert.True(caughtRate >= 0.95, $"{culture}: only {caughtRate:P0} of risky offers rated medium or high");
        Assert.True(highRate <= 0.10, $"{culture}: {highRate:P0} of legitimate offers rated high");
    }

    [Fact]
    public void HeldOutOffersMeetTheSameRiskBars()
    {
        var offers = CorpusOffer.Cultures.SelectMany(c => CorpusOffer.Load(c, "job-offers-holdout")).ToList();
        var risky = offers.Where(o => o.Risky).ToList();
        var legitimate = offers.Where(o => !o.Risky).ToList();
        var riskyCaught = risky.Count(o => fixture.Analyzer.Analyze(o.ToInput()).Risk != JobOfferRisk.Low);
        var legitimateHigh = legitimate.Count(o => fixture.Analyzer.Analyze(o.ToInput()).Risk == JobOfferRisk.High);
        output.WriteLine($"held out: risky rated medium/high {riskyCaught}/{risky.Count}, legitimate rated high {legitimateHigh}/{legitimate.Count}");
        Assert.True(risky.Count >= 12 && legitimate.Count >= 12);
        Assert.True(riskyCaught >= 0.95 * risky.Count, $"held out: {riskyCaught}/{risky.Count} risky offers rated medium or high");
        Assert.True(legitimateHigh <= 0.10 * legitimate.Count, $"held out: {legitimateHigh}/{legitimate.Count} legitimate offers rated high");
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void EverySignHasAPositiveAndANegativeExample(string culture)
    {
        var offers = CorpusOffer.Load(culture);
        var results = offers.Select(o => (Offer: o, Found: fixture.Analyzer.Analyze(o.ToInput()).Signs.Select(s => s.Code).ToHashSet())).ToList();
        var missing = new List<string>();
        foreach (var sign in JobOfferSigns.All)
        {
            var positive = results.Any(r => r.Offer.Signs.Contains(sign.Code) && r.Found.Contains(sign.Code));
            var negative = results.Any(r => !r.Offer.Signs.Contains(sign.Code) && !r.Found.Contains(sign.Code));
            if (!positive) missing.Add($"{sign.Code}: no positive example found");
            if (!negative) missing.Add($"{sign.Code}: no negative example");
        }
        Assert.True(missing.Count == 0, $"{culture}: {string.Join("; ", missing)}");
    }

    [Fact]
    public void SignsAreFoundWithHighRecallAndPrecision()
    {
        int expected = 0, truePositives = 0, found = 0;
        var misses = new List<string>();
        foreach (var culture in CorpusOffer.Cultures)
        {
            foreach (var offer in CorpusOffer.Load(culture))
            {
                var codes = fixture.Analyzer.Analyze(offer.ToInput()).Signs.Select(s => s.Code).ToHashSet();
                expected += offer.Signs.Count;
                found += codes.Count;
                truePositives += offer.Signs.Count(codes.Contains);
                misses.AddRange(offer.Signs.Except(codes).Select(c => $"{culture}:{offer.Line} missing {c}"));
                misses.AddRange(codes.Except(offer.Signs).Select(c => $"{culture}:{offer.Line} extra {c}"));
            }
        }
        var recall = truePositives / (double)expected;
        var precision = truePositives / (double)found;
        output.WriteLine($"signs: recall {recall:P1} ({truePositives}/{expected}), precision {precision:P1} ({truePositives}/{found})");
        foreach (var miss in misses) output.WriteLine(miss);
        Assert.True(recall >= 0.90, $"sign recall {recall:P1}");
        Assert.True(precision >= 0.90, $"sign precision {precision:P1}");
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void EveryEvidenceIsTheOriginalTextAtItsSpan(string culture)
    {
        foreach (var offer in CorpusOffer.Load(culture))
        {
            foreach (var sign in fixture.Analyzer.Analyze(offer.ToInput()).Signs)
            {
                if (sign.Span is not { } span) continue;
                Assert.InRange(span.Start, 0, offer.Text.Length);
                Assert.InRange(span.End, span.Start + 1, offer.Text.Length);
                Assert.Equal(offer.Text.Substring(span.Start, span.Length), sign.Evidence);
            }
        }
    }
}
