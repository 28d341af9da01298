using Helpline.Safety.Text;

namespace Helpline.Safety.JobOffers;

/// <summary>The lexicon matches of one offer, indexed by key and by token, with the look-ups the analyzer and extractors need.</summary>
internal sealed class OfferMatches
{
    private const int LongestClue = 8;

    private readonly int[] _firstAtOrAfter;
    private readonly Dictionary<string, int> _firstByKey = new(StringComparer.Ordinal);

    public OfferMatches(FoldedText text, IReadOnlyList<LexiconMatch> matches)
    {
        Text = text;
        All = matches;
        _firstAtOrAfter = new int[text.TokenCount + 2];
        var m = 0;
        for (var token = 0; token < _firstAtOrAfter.Length; token++)
        {
            while (m < matches.Count && matches[m].TokenStart < token) m++;
            _firstAtOrAfter[token] = m;
        }
        for (var i = 0; i < matches.Count; i++) _firstByKey.TryAdd(matches[i].Key, i);
    }

    public FoldedText Text { get; }

    public IReadOnlyList<LexiconMatch> All { get; }

    public LexiconMatch? First(string key) => _firstByKey.TryGetValue(key, out var i) ? All[i] : null;

    public bool Has(string key) => _firstByKey.ContainsKey(key);

    /// <summary>The first match of <paramref name="key"/> that no negation word stands just before or in its second word.</summary>
    public LexiconMatch? FirstAffirmed(string key)
    {
        if (!_firstByKey.TryGetValue(key, out var first)) return null;
        for (var i = first; i < All.Count; i++)
        {
            var match = All[i];
            if (match.Key == key && !IsNegated(match)) return match;
        }
        return null;
    }

    private bool IsNegated(LexiconMatch match)
    {
        for (var i = StartIndex(match.TokenStart - 3); i < All.Count; i++)
        {
            var other = All[i];
            if (other.TokenStart > match.TokenStart + 1) break;
            // A negation counts in the sign's own language only (Romanian "dati-ne" is not Russian "ne").
            if (other.Key != JobOfferLexiconKeys.Negation || other.Language != match.Language) continue;
            // Just before ("nu pastram"), two words before across a short clitic ("nu va luam", "nuk ua marrim"),
            // or the second word of the match ("pasaportul nu il pastram"); a pattern that holds the
            // negation itself ("nu conteaza varsta") is not negated by it.
            var before = match.TokenStart - other.TokenEnd;
            if (before == 0 && other.TokenStart < match.TokenStart) return true;
            if (before == 1 && Text.Token(match.TokenStart - 1).Length <= 3) return true;
            if (other.TokenStart == match.TokenStart + 1 && other.TokenStart < match.TokenEnd && !PatternSays(match, other)) return true;
        }
        return false;
    }

    /// <summary>True when the sign's own pattern holds the negation word ("varsta nu conteaza").</summary>
    private bool PatternSays(LexiconMatch match, LexiconMatch negation)
    {
        var word = Text.TokenText(negation.TokenStart).ToString();
        var pattern = TextNormaliser.FoldToString(match.Pattern.Replace('(', ' ').Replace(')', ' ').Replace('|', ' '));
        return (" " + pattern + " ").Contains(" " + word + " ", StringComparison.Ordinal);
    }

    public LexiconMatch? FirstWithPrefix(string prefix, string? except = null)
    {
        foreach (var match in All)
        {
            if (match.Key.StartsWith(prefix, StringComparison.Ordinal) && match.Key != except) return match;
        }
        return null;
    }

    /// <summary>The key (with <paramref name="prefix"/>) of a match that starts at token <paramref name="token"/>, and the token after it.</summary>
    public (string Key, int End)? KeyAt(int token, string prefix)
    {
        for (var i = StartIndex(token); i < All.Count; i++)
        {
            var match = All[i];
            if (match.TokenStart > token) break;
            if (match.Key.StartsWith(prefix, StringComparison.Ordinal)) return (match.Key, match.TokenEnd);
        }
        return null;
    }

    /// <summary>True when a match of <paramref name="key"/> ends within <paramref name="window"/> tokens before <paramref name="token"/>.</summary>
    public bool EndsBefore(string key, int token, int window)
    {
        for (var i = StartIndex(token - window - LongestClue); i < All.Count; i++)
        {
            var match = All[i];
            if (match.TokenStart >= token) break;
            if (match.Key == key && match.TokenEnd <= token && match.TokenEnd >= token - window) return true;
        }
        return false;
    }

    /// <summary>The matches that end exactly at <paramref name="token"/> and start with <paramref name="prefix"/>: the key of the last one, or null.</summary>
    public LexiconMatch? EndingAt(int token, string prefix)
    {
        LexiconMatch? found = null;
        for (var i = StartIndex(token - LongestClue); i < All.Count; i++)
        {
            var match = All[i];
            if (match.TokenStart >= token) break;
            if (match.TokenEnd == token && match.Key.StartsWith(prefix, StringComparison.Ordinal)) found = match;
        }
        return found;
    }

    private int StartIndex(int token) => _firstAtOrAfter[Math.Clamp(token, 0, _firstAtOrAfter.Length - 1)];
}
