using Helpline.Safety.Text;

namespace Helpline.Safety.JobOffers;

/// <summary>
/// Finds the ages an offer asks for: ranges ("16-22 ani", "vid 16 do 22 rokiv", "18 to 35"), a lowest age
/// ("vid 16 rokiv", "nga 15 vjec", "from 17", "peste 18 ani") or an age with its unit ("fete de 16 ani").
/// A number counts as an age only with a clue nearby (a unit, "age", "from", "girls") and between 12 and 80.
/// </summary>
internal static class AgeExtractor
{
    private const int MinAge = 12;
    private const int MaxAge = 80;
    private const int ClueWindow = 5;

    public static List<AgeRequirement> Extract(OfferMatches matches, IReadOnlyList<MoneyAmount> money)
    {
        var text = matches.Text;
        var found = new List<AgeRequirement>();
        for (var i = 0; i < text.TokenCount; i++)
        {
            if (!text.Token(i).IsNumber) continue;
            var value = text.TokenNumber(i)!.Value;
            if (value is < MinAge or > MaxAge || IsMoney(text, money, i)) continue;

            // A range: 16-22, 16 do 22, 18 to 35, de la 18 la 45 (the lexicons' age-range key joins two numbers).
            var second = -1;
            if (i + 1 < text.TokenCount && text.Token(i + 1).IsNumber && JoinedByDash(text, i)) second = i + 1;
            else if (RangeAt(matches, i) is { } rangeEnd) second = rangeEnd - 1;
            if (second > 0)
            {
                var upper = text.TokenNumber(second)!.Value;
                if (upper > value && upper <= MaxAge && !IsMoney(text, money, second) &&
                    (UnitAfter(matches, second + 1) || ClueBefore(matches, i)))
                {
                    var start = matches.EndsBefore(JobOfferLexiconKeys.AgeFrom, i, 1) ? PreviousMatchStart(matches, JobOfferLexiconKeys.AgeFrom, i) : i;
                    found.Add(new AgeRequirement((int)value, (int)upper, text.OriginalSpanOfTokens(start, UnitEnd(matches, second + 1))));
                    i = second;
                    continue;
                }
            }

            var unit = UnitAfter(matches, i + 1);
            var from = matches.EndsBefore(JobOfferLexiconKeys.AgeFrom, i, 1);
            var upTo = matches.EndsBefore(JobOfferLexiconKeys.AgeUpTo, i, 1);
            if (upTo) continue; // "pana la 25 ani", "up to 30": no lowest age
            var followedByNumber = i + 1 < text.TokenCount && text.Token(i + 1).IsNumber;
            var fromStart = from ? PreviousMatchStart(matches, JobOfferLexiconKeys.AgeFrom, i) : i;
            if (unit)
            {
                found.Add(new AgeRequirement((int)value, null, text.OriginalSpanOfTokens(fromStart, UnitEnd(matches, i + 1))));
            }
            else if ((from || matches.EndsBefore(JobOfferLexiconKeys.AgeContext, i, 1)) && !followedByNumber && value is >= 14 and <= 21)
            {
                // "from 17", "vid 16", "I'm 16", "varsta 16": an age without its unit (not "from 17 00", a time).
                found.Add(new AgeRequirement((int)value, null, text.OriginalSpanOfTokens(fromStart, i + 1)));
            }
        }
        return found;
    }

    private static int? RangeAt(OfferMatches matches, int token) =>
        matches.KeyAt(token, JobOfferLexiconKeys.AgeRange) is { } range && matches.Text.Token(range.End - 1).IsNumber ? range.End : null;

    private static bool IsMoney(FoldedText text, IReadOnlyList<MoneyAmount> money, int token)
    {
        var span = text.OriginalSpanOfTokens(token, token + 1);
        foreach (var amount in money)
        {
            if (span.Start >= amount.Span.Start && span.End <= amount.Span.End) return true;
        }
        return false;
    }

    private static bool JoinedByDash(FoldedText text, int token)
    {
        var left = text.OriginalSpanOfTokens(token, token + 1);
        var right = text.OriginalSpanOfTokens(token + 1, token + 2);
        var between = text.Original.AsSpan(left.End, right.Start - left.End).Trim();
        return between is "-" or "\u2013" or "\u2014" or "/" or "\u2010";
    }

    private static bool UnitAfter(OfferMatches matches, int token) =>
        matches.KeyAt(token, JobOfferLexiconKeys.AgeUnit) is not null ||
        (token + 1 < matches.Text.TokenCount && matches.KeyAt(token + 1, JobOfferLexiconKeys.AgeUnit) is not null && IsShortFiller(matches.Text, token));

    private static int UnitEnd(OfferMatches matches, int token)
    {
        if (matches.KeyAt(token, JobOfferLexiconKeys.AgeUnit) is { } direct) return direct.End;
        if (token + 1 < matches.Text.TokenCount && IsShortFiller(matches.Text, token) && matches.KeyAt(token + 1, JobOfferLexiconKeys.AgeUnit) is { } after) return after.End;
        return token;
    }

    // "18 de ani", "45 de ani": one short word between the number and the unit.
    private static bool IsShortFiller(FoldedText text, int token) => !text.Token(token).IsNumber && text.Token(token).Length <= 2;

    private static bool ClueBefore(OfferMatches matches, int token, int window = ClueWindow) =>
        matches.EndsBefore(JobOfferLexiconKeys.AgeContext, token, window) ||
        matches.EndsBefore(JobOfferLexiconKeys.AgeFrom, token, 2) ||
        matches.EndsBefore(JobOfferLexiconKeys.YoungWomen, token, window) ||
        matches.EndsBefore(JobOfferLexiconKeys.NightlifeJob, token, window);

    private static int PreviousMatchStart(OfferMatches matches, string key, int token) =>
        matches.EndingAt(token, key)?.TokenStart ?? token;
}
