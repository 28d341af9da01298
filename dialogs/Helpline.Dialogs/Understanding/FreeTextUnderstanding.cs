using Helpline.Dialogs.Advice;
using Helpline.Safety.Text;

namespace Helpline.Dialogs.Understanding;

/// <summary>
/// What a free message asks for, anywhere in the conversation: a one-word command, a pasted job offer
/// (a long text that speaks of work or pay), or a question about an advice topic (words of
/// <c>lexicons/&lt;lang&gt;/topics.yaml</c>). Null when nothing is clear; the caller then shows the menu.
/// The safety screen runs before this, on every message, elsewhere in the pipeline.
/// </summary>
public sealed class FreeTextUnderstanding
{
    /// <summary>The lexicon key that marks talk of work and pay.</summary>
    public const string JobOfferCue = "job-offer";

    /// <summary>A message at least this long with a work or pay cue is taken as a pasted offer.</summary>
    public const int MinOfferLength = 80;

    private readonly HelplineKeywords _keywords;
    private readonly LexiconMatcher _topics;
    private readonly Func<string, bool>? _looksLikeOffer;

    /// <param name="looksLikeOffer">An extra test for an offer (e.g. the job-offer analyser found a sign).</param>
    public FreeTextUnderstanding(HelplineKeywords keywords, LexiconMatcher? topics = null, Func<string, bool>? looksLikeOffer = null)
    {
        _keywords = keywords;
        _topics = topics ?? new LexiconMatcher(LexiconLoader.LoadEmbeddedAll("topics"));
        _looksLikeOffer = looksLikeOffer;
    }

    public HelplineIntent? Understand(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var command = _keywords.Command(text);
        if (command is not null) return new HelplineIntent(command.Value);
        if (_keywords.LanguageRequest(text) is not null) return new HelplineIntent(HelplineAction.Language);

        var matches = _topics.Match(text);
        var workCue = matches.Any(m => m.Key == JobOfferCue);
        if ((workCue && text.Trim().Length >= MinOfferLength) || (_looksLikeOffer?.Invoke(text) ?? false))
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
}
