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

    /// <summary>A how-to or what-if question cancels a match that starts at most this many words after it, in the same clause.</summary>
    public const int QuestionWindow = 6;

    internal const string NegationCue = "cue-negation";
    internal const string QuestionCue = "cue-question";
    internal const string ForAFriendCue = "cue-for-a-friend";
    internal const string IdiomCue = "cue-idiom";
    internal const string ClauseBreakCue = "cue-clause-break";

    private static readonly string[] CueKeys = [NegationCue, QuestionCue, ForAFriendCue, IdiomCue, ClauseBreakCue];

    private readonly LexiconMatcher _matcher;

    // For each pattern (by language and source), the folded words it spells out: a negator that is one
    // of them is part of the pattern ("they dont pay us"), any other negator inside the match cancels it
    // ("they didnt take my passport").
    private readonly Dictionary<(string Language, string Pattern), HashSet<string>> _patternWords = [];

    /// <summary>The screen over the embedded lexicons of every language.</summary>
    public DisclosureScreen()
        : this(LexiconLoader.LoadEmbeddedAll(LexiconName))
    {
    }

    /// <summary>The screen over the embedded lexicons of every language (build once, share everywhere).</summary>
    public static DisclosureScreen CreateDefault() => new();

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
                foreach (var pattern in entry.Patterns)
                {
                    _patternWords.TryAdd((lexicon.Language, pattern), WordsOf(pattern));
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
            if (OverlapsIdiom(matches, match)) continue;
            if (category.CanBeNegated() &&
                (HasCueBefore(matches, match, NegationCue, clauses, NegationWindow, mayOverlap: false) || HasForeignNegatorInside(text, matches, match))) continue;
            if (category.CanBeQuestioned() && HasCueBefore(matches, match, QuestionCue, clauses, QuestionWindow, mayOverlap: true)) continue;
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
    /// True when a cue of the same language (Ukrainian and Russian count as one, people mix them) comes
    /// before <paramref name="match"/>, in the same clause, at most <paramref name="window"/> words before it.
    /// A question cue may share words with the match ("can the boss keep my passport"); a negator may not.
    /// </summary>
    private static bool HasCueBefore(IReadOnlyList<LexiconMatch> matches, LexiconMatch match, string cue, int[] clauses, int window, bool mayOverlap)
    {
        foreach (var candidate in matches)
        {
            if (candidate.Key != cue) continue;
            if (mayOverlap ? candidate.TokenStart >= match.TokenStart : candidate.TokenEnd > match.TokenStart) continue;
            if (match.TokenStart - candidate.TokenEnd >= window) continue;
            if (clauses[candidate.TokenStart] != clauses[match.TokenStart]) continue;
            if (!SameLanguageFamily(candidate.Language, match.Language)) continue;
            if (HasClauseBreakBetween(matches, candidate.TokenEnd, match.TokenStart, match.Language)) continue;
            return true;
        }
        return false;
    }

    /// <summary>
    /// True when a word that starts a new clause ("and", "but", "și", "dhe", "і", "но") of the match's language
    /// stands in tokens [<paramref name="from"/>, <paramref name="to"/>): "I have no money and they took my passport".
    /// </summary>
    private static bool HasClauseBreakBetween(IReadOnlyList<LexiconMatch> matches, int from, int to, string language)
    {
        foreach (var candidate in matches)
        {
            if (candidate.Key != ClauseBreakCue) continue;
            if (candidate.TokenStart < from || candidate.TokenStart >= to) continue;
            if (SameLanguageFamily(candidate.Language, language)) return true;
        }
        return false;
    }

    /// <summary>True when a negator of the same language stands inside the match without being one of the pattern's own words.</summary>
    private bool HasForeignNegatorInside(FoldedText text, IReadOnlyList<LexiconMatch> matches, LexiconMatch match)
    {
        if (match.TokenEnd - match.TokenStart < 3) return false;
        HashSet<string>? own = null;
        foreach (var candidate in matches)
        {
            if (candidate.Key != NegationCue) continue;
            if (candidate.TokenStart <= match.TokenStart || candidate.TokenEnd >= match.TokenEnd) continue;
            if (!SameLanguageFamily(candidate.Language, match.Language)) continue;
            own ??= _patternWords.GetValueOrDefault((match.Language, match.Pattern)) ?? [];
            var ownWord = false;
            for (var t = candidate.TokenStart; t < candidate.TokenEnd && !ownWord; t++)
            {
                ownWord = own.Contains(text.TokenText(t).ToString());
            }
            if (!ownWord) return true;
        }
        return false;
    }

    /// <summary>The folded words a pattern spells out (alternatives included; stems, gaps and placeholders left out).</summary>
    private static HashSet<string> WordsOf(string pattern)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in pattern.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var alternative in raw.Trim('(', ')', '?').Split('|'))
            {
                if (alternative.Length == 0 || alternative.EndsWith('*') || alternative.StartsWith('<') || alternative.StartsWith('~')) continue;
                var folded = TextNormaliser.Fold(alternative);
                for (var t = 0; t < folded.TokenCount; t++) words.Add(folded.TokenText(t).ToString());
            }
        }
        return words;
    }

    /// <summary>True when a set phrase of the same language ("die of boredom", "locked out of my account") overlaps the match.</summary>
    private static bool OverlapsIdiom(IReadOnlyList<LexiconMatch> matches, LexiconMatch match)
    {
        foreach (var candidate in matches)
        {
            if (candidate.Key != IdiomCue) continue;
            if (candidate.TokenStart >= match.TokenEnd || candidate.TokenEnd <= match.TokenStart) continue;
            if (SameLanguageFamily(candidate.Language, match.Language)) return true;
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
        c is '.' or ',' or ';' or ':' or '!' or '?' or '\n' or '\r' or '(' or ')' or '\u2026' or '\u2014' or '\u2013' or '\u00BF' or '\u00A1';
}
