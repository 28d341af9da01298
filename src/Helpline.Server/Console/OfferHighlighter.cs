using Helpline.Core.Counselling;
using Helpline.Safety.JobOffers;

namespace Helpline.Server.Console;

/// <summary>
/// Finds the job offers in a conversation for the console: runs <see cref="JobOfferAnalyzer"/> on each of the
/// user's messages (server-side, when the view is opened) and keeps the messages that read as an offer, with
/// the evidence span of each sign in that message's text, so the page can highlight them.
/// </summary>
public sealed class OfferHighlighter(JobOfferAnalyzer analyzer)
{
    public IReadOnlyList<OfferCheck> Check(IEnumerable<TranscriptEntry> entries, string? country, string? culture)
    {
        var checks = new List<OfferCheck>();
        foreach (var entry in entries)
        {
            if (entry.Author != TranscriptAuthor.User || string.IsNullOrWhiteSpace(entry.Text)) continue;
            var report = analyzer.Analyze(entry.Text, country, culture);
            if (!IsOffer(report)) continue;
            var signs = report.Signs
                .Select(s => new OfferSignSpan(s.Code, s.Severity.ToString().ToLowerInvariant(), s.Span?.Start, s.Span?.Length))
                .ToList();
            checks.Add(new OfferCheck(entry.Sequence, report.Risk.ToString().ToLowerInvariant(), report.Score, signs));
        }
        return checks;
    }

    /// <summary>A message is shown as a checked offer when it scores at least medium, or has a critical sign.</summary>
    public static bool IsOffer(JobOfferReport report) =>
        report.HasCritical || report.Score >= JobOfferAnalyzer.MediumScore;
}
