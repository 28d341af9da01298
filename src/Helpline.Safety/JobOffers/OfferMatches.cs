using Helpline.Safety.Text;

namespace Helpline.Safety.JobOffers;

/// <summary>The lexicon matches of one offer, with the look-ups the analyzer and extractors need.</summary>
internal sealed class OfferMatches(FoldedText text, IReadOnlyList<LexiconMatch> matches)
{
    public FoldedText Text { get; } = text;

    public IReadOnlyList<LexiconMatch> All { get; } = matches;

    public LexiconMatch? First(string key)
    {
        foreach (var match in All)
        {
            if (match.Key == key) return match;
        }
        return null;
    }

    public bool Has(string key) => First(key) is not null;

    /// <summary>The first match of <paramref name="key"/> that no negation word stands just before or in its first two words.</summary>
    public LexiconMatch? FirstAffirmed(string key)
    {
        foreach (var match in All)
        {
            if (match.Key == key && !IsNegated(match)) return match;
        }
        return null;
    }

    private bool IsNegated(LexiconMatch match)
    {
        foreach (var other in All)
        {
            if (other.TokenStart > match.TokenStart + 1) break;
            // A negation counts in the sign's own language only (Romanian "dați-ne" is not Russian "не").
            if (other.Key != JobOfferLexiconKeys.Negation || other.Language != match.Language) continue;
            // Just before ("nu păstrăm"), two words before across a short clitic ("nu vă luăm", "nuk ua marrim"),
            // or the second word of the match ("pașaportul nu îl păstrăm"); a pattern that starts with a
            // negation ("nu contează vârsta") is not negated by it.
            var before = match.TokenStart - other.TokenEnd;
            if (before == 0 && other.TokenStart < match.TokenStart) return true;
            if (before == 1 && Text.Token(match.TokenStart - 1).Length <= 3) return true;
            if (other.TokenStart == match.TokenStart + 1) return true;
        }
        return false;
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
        foreach (var match in All)
        {
            if (match.TokenStart > token) break;
            if (match.TokenStart == token && match.Key.StartsWith(prefix, StringComparison.Ordinal)) return (match.Key, match.TokenEnd);
        }
        return null;
    }

    /// <summary>True when a match of <paramref name="key"/> ends within <paramref name="window"/> tokens before <paramref name="token"/>.</summary>
    public bool EndsBefore(string key, int token, int window)
    {
        foreach (var match in All)
        {
            if (match.TokenStart >= token) break;
            if (match.Key == key && match.TokenEnd <= token && match.TokenEnd >= token - window) return true;
        }
        return false;
    }
}
