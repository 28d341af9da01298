using Helpline.Safety.Text;

namespace Helpline.Safety.Disclosures;

/// <summary>
/// The safety screen that runs on every inbound message (docs/disclosure-categories.md): finds what a
/// message discloses with the <c>disclosures</c> lexicons of every language, drops matches that a
/// negation or a how-to / what-if question cancels, and rates the rest P1-P3.
/// Compiles its lexicons once; pure and thread-safe afterwards, so one instance serves every message.
/// </summary>
public sealed class DisclosureScreen
{
    /// <summary>The lexicon file name: <c>locales/lexicons/&lt;lang&gt;/disclosures.yaml</c>.</summary>
    public const string LexiconName = "disclosures";

    /// <summary>A negator cancels a match when it stands at most this many words before it, in the same clause.</summary>
    public const int NegationWindow = 3;

    internal const string NegationCue = "cue-negation";
    internal const string QuestionCue = "cue-question";
    internal const string ForAFriendCue = "cue-for-a-friend";

    private static readonly string[] CueKeys = [NegationCue, QuestionCue, ForAFriendCue];

    private readonly LexiconMatcher _matcher;

    /// <summary>The screen over the embedded lexicons of every language.</summary>
    public DisclosureScreen()
        : this(LexiconLoader.LoadEmbeddedAll(LexiconName))
    {
    }

    /// <summary>
    /// The screen over the given lexicons. Every key must be a category code or a cue key; throws
    /// <see cref="LexiconFormatException"/> otherwise, so a typo in a lexicon fails at start-up, not silently.
    /// </summary>
    public DisclosureScreen(IEnumerable<Lexicon> lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        var list = lexicons.ToList();
        foreach (var lexicon in list)
        {
            foreach (var entry in lexicon.Entries)
            {
                if (!CueKeys.Contains(entry.Key) && !DisclosureCategories.TryParse(entry.Key, out _))
                {
                    throw new LexiconFormatException(
                        $"lexicons/{lexicon.Language}/{lexicon.Name}.yaml: unknown key '{entry.Key}' (use a code from docs/disclosure-categories.md or a cue key)");
                }
            }
        }
        Languages = list.Select(l => l.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        _matcher = new LexiconMatcher(list);
    }

    /// <summary>The languages whose lexicons this screen reads.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Screens one message. Never throws on any text; an empty text escalates nothing.</summary>
    public DisclosureResult Screen(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return DisclosureResult.None;
        return Screen(TextNormaliser.Fold(text));
    }

    /// <summary>Screens a text already folded (when the caller also runs other checks on the same fold).</summary>
    public DisclosureResult Screen(FoldedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = _matcher.Match(text);
        if (matches.Count == 0) return DisclosureResult.None;

        int[]? clauses = null;
        var forAFriend = false;
        foreach (var match in matches)
        {
            if (match.Key == ForAFriendCue) forAFriend = true;
        }

        List<DisclosureEvidence>? evidence = null;
        foreach (var match in matches)
        {
            if (!DisclosureCategories.TryParse(match.Key, out var category)) continue;
            clauses ??= ClauseOfEachToken(text);
            if (category.CanBeNegated() && HasCueBefore(matches, match, NegationCue, clauses, NegationWindow)) continue;
            if (category.CanBeQuestioned() && HasCueBefore(matches, match, QuestionCue, clauses, int.MaxValue)) continue;
            // "...asking for a friend": a disclosure about someone else is still worth a person's time, at P3.
            if (forAFriend && category.Priority() == DisclosurePriority.P2) category = DisclosureCategory.WorriedAboutSomeone;
            evidence ??= [];
            evidence.Add(new DisclosureEvidence(
                category, match.Span.Start, match.Span.Length, match.Span.Of(text.Original), match.Language, $"{match.Key}: {match.Pattern}"));
        }
        if (evidence is null) return DisclosureResult.None;

        var categories = evidence.Select(e => e.Category).Distinct()
            .OrderBy(c => c.Priority()).ThenBy(c => c).ToList();
        return new DisclosureResult(true, categories[0].Priority(), categories, evidence);
    }

    /// <summary>
    /// True when a cue of the same language (Ukrainian and Russian count as one, people mix them) ends
    /// before <paramref name="match"/> starts, in the same clause, at most <paramref name="window"/> words before it.
    /// </summary>
    private static bool HasCueBefore(IReadOnlyList<LexiconMatch> matches, LexiconMatch match, string cue, int[] clauses, int window)
    {
        foreach (var candidate in matches)
        {
            if (candidate.Key != cue) continue;
            if (candidate.TokenEnd > match.TokenStart) continue;
            if (match.TokenStart - candidate.TokenEnd >= window) continue;
            if (clauses[candidate.TokenStart] != clauses[match.TokenStart]) continue;
            if (!SameLanguageFamily(candidate.Language, match.Language)) continue;
            return true;
        }
        return false;
    }

    private static bool SameLanguageFamily(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal) || (IsEastSlavic(a) && IsEastSlavic(b));

    private static bool IsEastSlavic(string language) => language is "uk" or "ru";

    /// <summary>
    /// The clause number of every token: a new clause starts after . , ; : ! ? a line break or a dash between
    /// two tokens of the original text ("No, they took my passport" negates nothing).
    /// </summary>
    private static int[] ClauseOfEachToken(FoldedText text)
    {
        var clauses = new int[text.TokenCount];
        var original = text.Original;
        var clause = 0;
        var previousEnd = -1;
        for (var i = 0; i < text.TokenCount; i++)
        {
            var span = text.OriginalSpanOfTokens(i, i + 1);
            if (previousEnd >= 0)
            {
                for (var c = previousEnd; c < span.Start; c++)
                {
                    if (IsClauseBreak(original[c]))
                    {
                        clause++;
                        break;
                    }
                }
            }
            clauses[i] = clause;
            previousEnd = span.End;
        }
        return clauses;
    }

    private static bool IsClauseBreak(char c) =>
        c is '.' or ',' or ';' or ':' or '!' or '?' or '\n' or '\r' or '…' or '—' or '–' or '(' or ')' or '¿' or '¡';
}
