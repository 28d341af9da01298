namespace Helpline.Safety.JobOffers;

/// <summary>
/// Keys of job-offers.yaml that are not signs themselves but clues the analyzer combines
/// (e.g. <see cref="NightlifeJob"/> with <see cref="Abroad"/> makes <see cref="JobOfferSigns.HostessWorkAbroad"/>).
/// </summary>
public static class JobOfferLexiconKeys
{
    public const string NightlifeJob = "nightlife-job";     // bar, club, dancer, model, massage: critical abroad AND aimed at young women
    public const string CompanionJob = "companion-job";   // hostess, escort, "companion", webcam: critical abroad OR aimed at young women
    public const string YoungWomen = "young-women";
    public const string Abroad = "abroad";
    public const string ForeignCountry = "foreign-country";
    public const string PlacePrefix = "place-";            // place-al, place-md, place-ro, place-ua
    public const string JobContext = "job-context";
    public const string CompanyForm = "company-form";
    public const string Messenger = "messenger";
    public const string CurrencyPrefix = "currency-";      // currency-eur, -usd, -gbp, -lei, -lek, -uah, -rub, -pln
    public const string PeriodPrefix = "per-";             // per-month, per-week, per-day, per-hour
    public const string Thousand = "thousand";
    public const string AgeUnit = "age-unit";
    public const string AgeFrom = "age-from";
    public const string AgeUpTo = "age-up-to";
    public const string AgeContext = "age-context";
    public const string AgeRange = "age-range";            // "<num> la <num>", "<num> do <num>": joins a range of ages
    public const string Negation = "negation";             // "nu", "not", "ne", "nuk": a sign's pattern right after it does not count

    public static readonly IReadOnlyList<string> All =
    [
        NightlifeJob, CompanionJob, YoungWomen, Abroad, ForeignCountry, "place-al", "place-md", "place-ro", "place-ua", JobContext,
        CompanyForm, Messenger, "currency-eur", "currency-usd", "currency-gbp", "currency-lei", "currency-lek",
        "currency-uah", "currency-rub", "currency-pln", "per-month", "per-week", "per-day", "per-hour", Thousand,
        AgeUnit, AgeFrom, AgeUpTo, AgeContext, AgeRange, Negation,
    ];
}
