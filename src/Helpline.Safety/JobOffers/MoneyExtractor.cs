using Helpline.Core;
using Helpline.Safety.Text;

namespace Helpline.Safety.JobOffers;

/// <summary>
/// Finds amounts of money with a currency ("3 000 EUR", "3.000 euro", "2500e", "EUR2500", "1500 lei pe zi",
/// "20 tys hrn") and the period they are paid for. Only the currencies of the lexicons' currency-* keys.
/// </summary>
internal static class MoneyExtractor
{
    private const int PeriodWindow = 1; // the period starts right after the currency or one word later ("pe luna")

    public static List<MoneyAmount> Extract(OfferMatches matches, PayThresholds thresholds, string? country)
    {
        var text = matches.Text;
        var found = new List<MoneyAmount>();
        for (var i = 0; i < text.TokenCount; i++)
        {
            if (!text.Token(i).IsNumber) continue;
            var value = (decimal)text.TokenNumber(i)!.Value;
            var next = i + 1;
            if (next < text.TokenCount && matches.KeyAt(next, JobOfferLexiconKeys.Thousand) is { } thousand)
            {
                value *= 1000;
                next = thousand.End;
            }
            int end;
            string? currencyKey = null;
            if (next < text.TokenCount && matches.KeyAt(next, JobOfferLexiconKeys.CurrencyPrefix) is { } after)
            {
                currencyKey = after.Key;
                end = after.End;
            }
            else if (next + 1 < text.TokenCount && text.Token(next).IsNumber && matches.KeyAt(next + 1, JobOfferLexiconKeys.CurrencyPrefix) is { } afterRange)
            {
                currencyKey = afterRange.Key; // "2000-3000 euro": the first number of a range
                end = next;
            }
            else if (IsGluedEuro(text, next))
            {
                currencyKey = "currency-eur"; // "2500e"
                end = next + 1;
            }
            else if (CurrencyBefore(matches, i) is { } before)
            {
                currencyKey = before;
                end = next;
            }
            else
            {
                continue;
            }
            var start = CurrencyBefore(matches, i) is not null ? i - 1 : i;
            var currency = Iso(currencyKey!, country);
            var period = PeriodAfter(matches, end) ?? PeriodBefore(matches, start) ?? PayPeriod.Month;
            var monthly = thresholds.ToMonthlyEur(value, currency, period) ?? 0;
            found.Add(new MoneyAmount(value, currency, period, decimal.Round(monthly, 0), text.OriginalSpanOfTokens(Math.Min(start, i), Math.Max(end, i + 1))));
        }
        return found;
    }

    private static bool IsGluedEuro(FoldedText text, int token)
    {
        if (token >= text.TokenCount || token == 0) return false;
        if (!text.TokenText(token).SequenceEqual("e")) return false;
        var number = text.OriginalSpanOfTokens(token - 1, token);
        var letter = text.OriginalSpanOfTokens(token, token + 1);
        return number.End == letter.Start;
    }

    private static string? CurrencyBefore(OfferMatches matches, int token) =>
        matches.EndingAt(token, JobOfferLexiconKeys.CurrencyPrefix)?.Key;

    private static PayPeriod? PeriodAfter(OfferMatches matches, int token)
    {
        for (var t = token; t <= token + PeriodWindow && t < matches.Text.TokenCount; t++)
        {
            if (matches.KeyAt(t, JobOfferLexiconKeys.PeriodPrefix) is { } period) return PeriodOf(period.Key);
        }
        return null;
    }

    /// <summary>"plata zilnic 200 euro", "salariu lunar 3000": a period that ends one or two words before the amount.</summary>
    private static PayPeriod? PeriodBefore(OfferMatches matches, int token)
    {
        for (var t = token; t >= token - 2 && t > 0; t--)
        {
            if (matches.EndingAt(t, JobOfferLexiconKeys.PeriodPrefix) is { } period) return PeriodOf(period.Key);
        }
        return null;
    }

    private static PayPeriod PeriodOf(string key) => key switch
    {
        "per-week" => PayPeriod.Week,
        "per-day" => PayPeriod.Day,
        "per-hour" => PayPeriod.Hour,
        _ => PayPeriod.Month,
    };

    private static string Iso(string key, string? country) => key switch
    {
        "currency-eur" => "EUR",
        "currency-usd" => "USD",
        "currency-gbp" => "GBP",
        "currency-lei" => country == HelplineCountries.Moldova ? "MDL" : "RON",
        "currency-lek" => "ALL",
        "currency-uah" => "UAH",
        "currency-rub" => "RUB",
        "currency-pln" => "PLN",
        _ => "EUR",
    };
}
