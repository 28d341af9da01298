using Helpline.Dialogs.Advice;
using Helpline.Safety.JobOffers;
using Helpline.Safety.Text;

namespace Helpline.Dialogs.Understanding;

/// <summary>
/// What a free message asks for, anywhere in the conversation: a one-word command, a pasted job offer
/// (a long text that speaks of work or pay, or a text in which the job-offer analyser finds risk signs),
/// or a question about an advice topic (words of <c>lexicons/&lt;lang&gt;/topics.yaml</c>). Null when
/// nothing is clear; the caller then shows the menu.
/// The safety screen runs before this, on every message, elsewhere in the pipeline.
/// </summary>
public sealed class FreeTextUnderstanding
{
    /// <summary>The lexicon key that marks talk of work and pay.</summary>
    public const string JobOfferCue = "job-offer";

    /// <summary>A message at least this long with a work or pay cue is taken as a pasted offer.</summary>
    public const int MinOfferLength = 80;

    /// <summary>A shorter message is an offer when the analyser finds this many signs of moderate weight or more.</summary>
    public const int MinSignsForShortOffer = 2;

    private readonly HelplineKeywords _keywords;
    private readonly LexiconMatcher _topics;
    private readonly JobOfferAnalyzer? _analyzer;

    public FreeTextUnderstanding(HelplineKeywords keywords, JobOfferAnalyzer? analyzer = null, LexiconMatcher? topics = null)
    {
        _keywords = keywords;
        _analyzer = analyzer;
        _topics = topics ?? new LexiconMatcher(LexiconLoader.LoadEmbeddedAll("topics"));
    }

    public HelplineIntent? Understand(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var command = _keywords.Command(text);
        if (command is not null) return new HelplineIntent(command.Value);
        if (_keywords.LanguageRequest(text) is not null) return new HelplineIntent(HelplineAction.Language);

        var matches = _topics.Match(text);
        var workCue = matches.Any(m => m.Key == JobOfferCue);
        if (LooksLikeOffer(text.Trim(), workCue))
        {
            return new HelplineIntent(HelplineAction.CheckOffer, Text: text.Trim());
        }
        var topic = matches
            .Select(m => AdviceTopics.FromLexiconKey(m.Key))
            .OfType<string>()
            .GroupBy(t => t)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => AdviceTopics.All.ToList().IndexOf(g.Key))
            .Select(g => g.Key)
            .FirstOrDefault();
        return topic is null ? null : new HelplineIntent(HelplineAction.Advice, Topic: topic);
    }

    /// <summary>
    /// Long and about work; or, shorter, with at least two signs of moderate weight or more ("girls from
    /// 16, only Viber"). Weak signs say little outside an offer ("no company name" fits any sentence), and
    /// one sign alone in a question ("must I give the employer my passport?") stays a question for its topic.
    /// </summary>
    private bool LooksLikeOffer(string text, bool workCue)
    {
        if (workCue && text.Length >= MinOfferLength) return true;
        if (_analyzer is null) return false;
        var signs = _analyzer.Analyze(text).Signs.Count(s => s.Severity is SignSeverity.Critical or SignSeverity.Strong or SignSeverity.Moderate);
        return signs >= MinSignsForShortOffer;
    }
}
