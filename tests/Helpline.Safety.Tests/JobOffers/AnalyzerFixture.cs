using Helpline.Safety.JobOffers;

namespace Helpline.Safety.Tests.JobOffers;

/// <summary>One analyzer over the embedded lexicons, shared by a test class (loading compiles every lexicon once).</summary>
public sealed class AnalyzerFixture
{
    public JobOfferAnalyzer Analyzer { get; } = JobOfferAnalyzer.CreateDefault();
}
