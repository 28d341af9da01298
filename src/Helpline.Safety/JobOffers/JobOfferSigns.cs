namespace Helpline.Safety.JobOffers;

/// <summary>
/// The catalogue of job-offer signs with their stable codes. The codes are used in reports, lexicons
/// (<c>locales/lexicons/&lt;lang&gt;/job-offers.yaml</c>), the answer's strings (<c>Sign_&lt;code&gt;_...</c>) and
/// docs/job-offer-signs.md, which explains each one and where it comes from in the seeds. Never rename a code.
/// </summary>
public static class JobOfferSigns
{
    // Critical: one is enough for HIGH.
    public const string Minors = "minors";
    public const string ApplicantMinorAbroad = "applicant-minor-abroad";
    public const string PassportKept = "passport-kept";
    public const string DebtTravel = "debt-travel";
    public const string RecruitmentFee = "recruitment-fee";
    public const string NoPapersNeeded = "no-papers-needed";
    public const string HostessWorkAbroad = "hostess-work-abroad";

    // Strong.
    public const string PayTooHigh = "pay-too-high";
    public const string FreeTravelHousing = "free-travel-housing";
    public const string NoContract = "no-contract";
    public const string PayToOther = "pay-to-other";
    public const string MarriageAgency = "marriage-agency";
    public const string OfferFromNewPartner = "offer-from-new-partner";
    public const string ApplicantMinor = "applicant-minor";
    public const string MinorsAtHome = "minors-at-home";

    // Moderate.
    public const string NoExperienceNoLanguage = "no-experience-no-language";
    public const string Urgency = "urgency";
    public const string MessengerOnly = "messenger-only";
    public const string VagueDestination = "vague-destination";
    public const string ThirdCountryRoute = "third-country-route";
    public const string OfferFromStranger = "offer-from-stranger";
    public const string OfferFromReturnee = "offer-from-returnee";

    // Weak.
    public const string NoCompany = "no-company";
    public const string OfferFromSomeoneKnown = "offer-from-someone-known";
    public const string OfferFromOnlineAd = "offer-from-online-ad";

    // Info.
    public const string OfferFromAgency = "offer-from-agency";

    // Mitigating.
    public const string EmployerNamed = "employer-named";
    public const string LicensedAgency = "licensed-agency";
    public const string ContractBeforeDeparture = "contract-before-departure";
    public const string NoFees = "no-fees";
    public const string AdultsOnly = "adults-only";
    public const string HomeCountryJob = "home-country-job";

    public static readonly IReadOnlyList<JobOfferSign> All =
    [
        new(Minors, SignSeverity.Critical),
        new(ApplicantMinorAbroad, SignSeverity.Critical),
        new(PassportKept, SignSeverity.Critical),
        new(DebtTravel, SignSeverity.Critical),
        new(RecruitmentFee, SignSeverity.Critical),
        new(NoPapersNeeded, SignSeverity.Critical),
        new(HostessWorkAbroad, SignSeverity.Critical),
        new(PayTooHigh, SignSeverity.Strong),
        new(FreeTravelHousing, SignSeverity.Strong),
        new(NoContract, SignSeverity.Strong),
        new(PayToOther, SignSeverity.Strong),
        new(MarriageAgency, SignSeverity.Strong),
        new(OfferFromNewPartner, SignSeverity.Strong),
        new(ApplicantMinor, SignSeverity.Strong),
        new(MinorsAtHome, SignSeverity.Strong),
        new(NoExperienceNoLanguage, SignSeverity.Moderate),
        new(Urgency, SignSeverity.Moderate),
        new(MessengerOnly, SignSeverity.Moderate),
        new(VagueDestination, SignSeverity.Moderate),
        new(ThirdCountryRoute, SignSeverity.Moderate),
        new(OfferFromStranger, SignSeverity.Moderate),
        new(OfferFromReturnee, SignSeverity.Moderate),
        new(NoCompany, SignSeverity.Weak),
        new(OfferFromSomeoneKnown, SignSeverity.Weak),
        new(OfferFromOnlineAd, SignSeverity.Weak),
        new(OfferFromAgency, SignSeverity.Info),
        new(EmployerNamed, SignSeverity.Mitigating),
        new(LicensedAgency, SignSeverity.Mitigating),
        new(ContractBeforeDeparture, SignSeverity.Mitigating),
        new(NoFees, SignSeverity.Mitigating),
        new(AdultsOnly, SignSeverity.Mitigating),
        new(HomeCountryJob, SignSeverity.Mitigating),
    ];

    private static readonly Dictionary<string, JobOfferSign> ByCode = All.ToDictionary(s => s.Code, StringComparer.Ordinal);

    public static JobOfferSign Get(string code) =>
        ByCode.TryGetValue(code, out var sign) ? sign : throw new KeyNotFoundException($"unknown job-offer sign '{code}'");

    public static bool IsSign(string code) => ByCode.ContainsKey(code);

    /// <summary>
    /// Signs whose patterns are themselves negative ("no documents needed", "without a contract"): a negation
    /// word before them does not cancel them. For every other sign, "we do NOT keep your passport" does not count.
    /// </summary>
    public static bool SaysItsOwnNegation(string code) =>
        code is NoPapersNeeded or NoContract or NoExperienceNoLanguage or NoFees;

    /// <summary>Signs found directly by lexicon patterns (the others are derived from extractors or the user's answers).</summary>
    public static readonly IReadOnlyList<string> FromLexicons =
    [
        PassportKept, DebtTravel, RecruitmentFee, NoPapersNeeded, PayTooHigh, FreeTravelHousing, NoContract,
        PayToOther, MarriageAgency, OfferFromNewPartner, NoExperienceNoLanguage, Urgency, MessengerOnly,
        ThirdCountryRoute, OfferFromStranger, OfferFromReturnee, EmployerNamed, LicensedAgency,
        ContractBeforeDeparture, NoFees, AdultsOnly,
    ];
}
