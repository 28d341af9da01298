using Helpline.Core;
using Helpline.Safety.Text;

namespace Helpline.Safety.JobOffers;

/// <summary>
/// Checks a job offer for the signs of docs/job-offer-signs.md and rates it low, medium or high:
/// any critical sign makes HIGH on its own; otherwise the weights add up (strong 3, moderate 2, weak 1,
/// mitigating -2) and a score of <see cref="HighScore"/> or more is HIGH, <see cref="MediumScore"/> or more MEDIUM.
/// Pure and thread-safe; all data (lexicons, pay thresholds) is loaded once in the constructor.
/// </summary>
public sealed class JobOfferAnalyzer
{
    public const string LexiconName = "job-offers";
    public const int MediumScore = 2;
    public const int HighScore = 6;

    private readonly LexiconMatcher _matcher;
    private readonly PayThresholds _thresholds;

    public JobOfferAnalyzer(LexiconMatcher matcher, PayThresholds thresholds)
    {
        _matcher = matcher;
        _thresholds = thresholds;
    }

    /// <summary>The analyzer over the embedded <c>job-offers.yaml</c> lexicons of every language and the embedded pay thresholds.</summary>
    public static JobOfferAnalyzer CreateDefault() =>
        new(new LexiconMatcher(LexiconLoader.LoadEmbeddedAll(LexiconName)), PayThresholds.LoadEmbedded());

    public JobOfferReport Analyze(string text, string? country = null, string? language = null) =>
        Analyze(new JobOfferInput(text, country, language));

    public JobOfferReport Analyze(JobOfferInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(input.Text);
        var country = HelplineCountries.Normalize(input.Country);
        var folded = TextNormaliser.Fold(input.Text);
        var matches = new OfferMatches(folded, _matcher.Match(folded));
        var signs = new SignList(input.Text);

        foreach (var code in JobOfferSigns.FromLexicons)
        {
            var match = JobOfferSigns.SaysItsOwnNegation(code) ? matches.First(code) : matches.FirstAffirmed(code);
            if (match is { } found) signs.Add(code, found.Span);
        }

        var money = MoneyExtractor.Extract(matches, _thresholds, country);
        var ages = AgeExtractor.Extract(matches, money);
        var contacts = ContactExtractor.Extract(matches, country);

        var abroad = AbroadEvidence(matches, country);
        var home = country is not null && abroad is null ? matches.First(JobOfferLexiconKeys.PlacePrefix + country.ToLowerInvariant()) : null;
        if (home is { } homePlace) signs.Add(JobOfferSigns.HomeCountryJob, homePlace.Span);

        // Under-18s targeted or accepted: critical for work abroad or anywhere not said to be at home; for a job
        // at home it is strong (check what work is legal at your age). An explicit lowest age of 18 reassures.
        var minorsCode = home is not null ? JobOfferSigns.MinorsAtHome : JobOfferSigns.Minors;
        if (matches.FirstAffirmed(JobOfferSigns.Minors) is { } minorsWords) signs.Add(minorsCode, minorsWords.Span);
        foreach (var age in ages)
        {
            if (age.Min < 18) signs.Add(minorsCode, age.Span);
        }
        if (!signs.Has(minorsCode) && ages.FirstOrDefault(a => a.Min >= 18) is { } adults) signs.Add(JobOfferSigns.AdultsOnly, adults.Span);

        // Hostess, escort or "companion" work abroad or aimed at young women; bar, club, dancer, model or
        // massage work abroad aimed at young women ("pretty girls for a bar in Turkey").
        var youngWomen = matches.Has(JobOfferLexiconKeys.YoungWomen);
        if (matches.First(JobOfferLexiconKeys.CompanionJob) is { } companion && (abroad is not null || youngWomen))
        {
            signs.Add(JobOfferSigns.HostessWorkAbroad, companion.Span);
        }
        if (matches.First(JobOfferLexiconKeys.NightlifeJob) is { } nightlife && abroad is not null && youngWomen)
        {
            signs.Add(JobOfferSigns.HostessWorkAbroad, nightlife.Span);
        }

        // Pay far above normal for unskilled work.
        var threshold = _thresholds.ThresholdFor(home is not null ? country : null);
        if (money.FirstOrDefault(m => m.MonthlyEur > threshold) is { } high) signs.Add(JobOfferSigns.PayTooHigh, high.Span);

        // "Abroad", "in Europe" with no country or city named.
        if (matches.First(JobOfferLexiconKeys.Abroad) is { } vague && !matches.Has(JobOfferLexiconKeys.ForeignCountry) &&
            matches.FirstWithPrefix(JobOfferLexiconKeys.PlacePrefix) is null)
        {
            signs.Add(JobOfferSigns.VagueDestination, vague.Span);
        }

        var company = matches.Has(JobOfferLexiconKeys.CompanyForm) || signs.Has(JobOfferSigns.EmployerNamed) || signs.Has(JobOfferSigns.LicensedAgency);
        var written = contacts.Any(c => c.Kind is ContactKind.Email or ContactKind.Website);
        if (!company && !written && contacts.FirstOrDefault(c => c.Kind is ContactKind.Phone or ContactKind.Messenger) is { } onlyContact)
        {
            signs.Add(JobOfferSigns.MessengerOnly, onlyContact.Span);
        }
        var looksLikeOffer = matches.Has(JobOfferLexiconKeys.JobContext) || money.Count > 0 || abroad is not null;
        if (looksLikeOffer && !company && !written) signs.Add(JobOfferSigns.NoCompany, null);

        // What the conversation asked: who made the offer, how old the applicant is.
        AddSource(signs, input.Source);
        if (input.ApplicantAge is { } applicantAge and < 18)
        {
            signs.Add(abroad is not null ? JobOfferSigns.ApplicantMinorAbroad : JobOfferSigns.ApplicantMinor, null);
        }

        return signs.ToReport(money, ages, contacts);
    }

    /// <summary>Where the text says the work is abroad: "abroad" words, a foreign country, or a place in another served country.</summary>
    private static LexiconMatch? AbroadEvidence(OfferMatches matches, string? country)
    {
        if (matches.First(JobOfferLexiconKeys.Abroad) is { } abroad) return abroad;
        if (matches.First(JobOfferLexiconKeys.ForeignCountry) is { } foreign) return foreign;
        if (country is null) return null;
        return matches.FirstWithPrefix(JobOfferLexiconKeys.PlacePrefix, except: JobOfferLexiconKeys.PlacePrefix + country.ToLowerInvariant());
    }

    private static void AddSource(SignList signs, OfferSource source)
    {
        var code = source switch
        {
            OfferSource.Stranger => JobOfferSigns.OfferFromStranger,
            OfferSource.NewPartner => JobOfferSigns.OfferFromNewPartner,
            OfferSource.Returnee => JobOfferSigns.OfferFromReturnee,
            OfferSource.Friend or OfferSource.Relative => JobOfferSigns.OfferFromSomeoneKnown,
            OfferSource.Agency => JobOfferSigns.OfferFromAgency,
            OfferSource.OnlineAd => JobOfferSigns.OfferFromOnlineAd,
            _ => null,
        };
        if (code is not null) signs.Add(code, null);
    }

    /// <summary>The signs of one offer, each code once (first evidence), scored at the end.</summary>
    private sealed class SignList(string original)
    {
        private readonly List<FoundSign> _signs = [];

        public bool Has(string code) => _signs.Exists(s => s.Code == code);

        public void Add(string code, TextSpan? span)
        {
            if (Has(code)) return;
            var sign = JobOfferSigns.Get(code);
            _signs.Add(new FoundSign(code, sign.Severity, sign.Weight, span, span?.Of(original)));
        }

        public JobOfferReport ToReport(List<MoneyAmount> money, List<AgeRequirement> ages, List<ContactPoint> contacts)
        {
            var critical = _signs.Exists(s => s.Severity == SignSeverity.Critical);
            var score = Math.Max(0, _signs.Sum(s => s.Weight));
            var risk = critical || score >= HighScore ? JobOfferRisk.High
                : score >= MediumScore ? JobOfferRisk.Medium
                : JobOfferRisk.Low;
            _signs.Sort(static (a, b) =>
            {
                var bySeverity = a.Severity.CompareTo(b.Severity);
                if (bySeverity != 0) return bySeverity;
                return (a.Span?.Start ?? int.MaxValue).CompareTo(b.Span?.Start ?? int.MaxValue);
            });
            return new JobOfferReport(risk, score, _signs, money, ages, contacts);
        }
    }
}
