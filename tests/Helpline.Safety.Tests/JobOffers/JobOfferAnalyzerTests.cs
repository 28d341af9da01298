using Helpline.Safety.JobOffers;

namespace Helpline.Safety.Tests.JobOffers;

public class JobOfferAnalyzerTests(AnalyzerFixture fixture) : IClassFixture<AnalyzerFixture>
{
    private JobOfferReport Analyze(string text, string? country = null, OfferSource source = OfferSource.Unknown, int? age = null) =>
        fixture.Analyzer.Analyze(new JobOfferInput(text, country, null, source, age));

    private static IReadOnlyList<string> Codes(JobOfferReport report) => report.Signs.Select(s => s.Code).ToList();

    [Theory]
    [InlineData("Căutăm fete 16-22 ani pentru dans în Turcia, 3000 euro", "16-22 ani")]
    [InlineData("Шукаємо дівчат від 16 років для роботи в Польщі", "від 16 років")]
    [InlineData("Kërkojmë vajza nga 15 vjeç për punë në Itali", "nga 15 vjeç")]
    [InlineData("Hiring girls from 17 for work in Germany", "from 17")]
    [InlineData("Ищем девушек от 16 до 20 лет, работа в Турции", "от 16 до 20 лет")]
    [InlineData("Cautam fete de la 17 ani pt Italia", "de la 17 ani")]
    public void AnOfferForUnderEighteensIsHighOnThatAlone(string text, string evidence)
    {
        var report = Analyze(text);
        Assert.Equal(JobOfferRisk.High, report.Risk);
        var minors = Assert.Single(report.Signs, s => s.Code == JobOfferSigns.Minors);
        Assert.Equal(SignSeverity.Critical, minors.Severity);
        Assert.Equal(evidence, minors.Evidence);
    }

    [Fact]
    public void MitigatingSignsNeverLowerACriticalOne()
    {
        const string text = "Agenție licențiată, licența nr. 12/2020, contract semnat înainte de plecare, fără taxe. Pașaportul rămâne la patron.";
        var report = Analyze(text);
        Assert.Contains(JobOfferSigns.LicensedAgency, Codes(report));
        Assert.Contains(JobOfferSigns.NoFees, Codes(report));
        Assert.Contains(JobOfferSigns.PassportKept, Codes(report));
        Assert.Equal(JobOfferRisk.High, report.Risk);
    }

    [Fact]
    public void OneStrongSignIsMediumAndTwoAreHigh()
    {
        var one = Analyze("Lucru în Germania, drumul și cazarea gratuite, www.firma.de, Firma GmbH");
        Assert.Equal([JobOfferSigns.FreeTravelHousing], Codes(one));
        Assert.Equal(JobOfferRisk.Medium, one.Risk);

        var two = Analyze("Lucru în Germania, drumul și cazarea gratuite, contractul la sosire, www.firma.de, Firma GmbH");
        Assert.Equal(JobOfferRisk.High, two.Risk);
        Assert.Equal(6, two.Score);
    }

    [Theory]
    [InlineData("Nu păstrăm pașaportul, el rămâne la dumneavoastră.")]
    [InlineData("We never keep your passport.")]
    [InlineData("Мы не забираем паспорт.")]
    [InlineData("Ми не забираємо паспорт.")]
    [InlineData("Nuk i mbajmë pasaportat.")]
    public void ANegatedSignDoesNotCount(string text) =>
        Assert.DoesNotContain(JobOfferSigns.PassportKept, Codes(Analyze(text)));

    [Theory]
    [InlineData("zabraly pasport u nas, robota v Polshchi", JobOfferSigns.PassportKept)]
    [InlineData("pasport ostaetsya u rabotodatelya", JobOfferSigns.PassportKept)]
    [InlineData("rabota za granicei bez dokumentov", JobOfferSigns.NoPapersNeeded)]
    [InlineData("pasaporta mbetet te punedhenesi", JobOfferSigns.PassportKept)]
    [InlineData("pasaportul ramane la patron", JobOfferSigns.PassportKept)]
    public void LatinTypingAndMissingDiacriticsAreRead(string text, string code) =>
        Assert.Contains(code, Codes(Analyze(text)));

    [Theory]
    [InlineData("salariu 3 000 € pe lună", 3000, "EUR", PayPeriod.Month)]
    [InlineData("salariu 3.000 euro", 3000, "EUR", PayPeriod.Month)]
    [InlineData("plata 2500e", 2500, "EUR", PayPeriod.Month)]
    [InlineData("1500 lei pe zi", 1500, "RON", PayPeriod.Day)]
    [InlineData("20 тис грн на місяць", 20000, "UAH", PayPeriod.Month)]
    [InlineData("€25 per hour", 25, "EUR", PayPeriod.Hour)]
    [InlineData("80 000 lekë në muaj", 80000, "ALL", PayPeriod.Month)]
    [InlineData("1200 zł na tydzień", 1200, "PLN", PayPeriod.Month)]
    [InlineData("$ 900 a week", 900, "USD", PayPeriod.Week)]
    [InlineData("£2,000 a month", 2000, "GBP", PayPeriod.Month)]
    [InlineData("50 000 руб в месяц", 50000, "RUB", PayPeriod.Month)]
    [InlineData("zarplata 5000₴", 5000, "UAH", PayPeriod.Month)]
    public void MoneyIsReadWithCurrencyAndPeriod(string text, decimal amount, string currency, PayPeriod period)
    {
        var money = Assert.Single(Analyze(text).Money);
        Assert.Equal(amount, money.Amount);
        Assert.Equal(currency, money.Currency);
        Assert.Equal(period, money.Period);
    }

    [Fact]
    public void LeiAreMoldovanInMoldova()
    {
        Assert.Equal("MDL", Assert.Single(Analyze("salariu 9000 lei", "MD").Money).Currency);
        Assert.Equal("RON", Assert.Single(Analyze("salariu 9000 lei", "RO").Money).Currency);
    }

    [Theory]
    [InlineData("Lucru în Italia, 3500 euro pe lună", true)]
    [InlineData("Lucru în Italia, 150 euro pe zi", true)]
    [InlineData("Lucru în Italia, 1500 euro pe lună", false)]
    [InlineData("Lucru în Italia, 10 euro pe oră", false)]
    public void PayFarAboveNormalDependsOnTheMonthlyAmount(string text, bool tooHigh) =>
        Assert.Equal(tooHigh, Codes(Analyze(text)).Contains(JobOfferSigns.PayTooHigh));

    [Fact]
    public void PhoneNumbersAreFoundWithTheirCountryAndMessengersByName()
    {
        var report = Analyze("Sunați la +90 532 123 45 67 sau 069 123 456, scrieți pe Viber");
        Assert.Equal(new[] { "TR", "MD" }, report.Contacts.Where(c => c.Kind == ContactKind.Phone).Select(c => c.Region ?? "?"));
        Assert.Contains(report.Contacts, c => c.Kind == ContactKind.Messenger);
        Assert.Contains(JobOfferSigns.MessengerOnly, Codes(report));
    }

    [Fact]
    public void AWrittenAddressOrCompanyMeansTheContactIsNotOnlyAPhone()
    {
        var report = Analyze("Lucru în Cehia, sunați 069 123 456 sau scrieți la hr@firma.cz");
        Assert.DoesNotContain(JobOfferSigns.MessengerOnly, Codes(report));
        Assert.Contains(report.Contacts, c => c.Kind == ContactKind.Email);
    }

    [Fact]
    public void WhoMadeTheOfferAndTheApplicantsAgeAreSigns()
    {
        Assert.Contains(JobOfferSigns.OfferFromNewPartner, Codes(Analyze("Lucru în Germania", source: OfferSource.NewPartner)));
        Assert.Contains(JobOfferSigns.OfferFromStranger, Codes(Analyze("Lucru în Germania", source: OfferSource.Stranger)));
        var abroad = Analyze("Lucru în Germania la fermă", age: 16);
        Assert.Contains(JobOfferSigns.ApplicantMinorAbroad, Codes(abroad));
        Assert.Equal(JobOfferRisk.High, abroad.Risk);
        var home = Analyze("Cafenea din Cluj caută ospătari, str. Horea 3", "RO", age: 16);
        Assert.Contains(JobOfferSigns.ApplicantMinor, Codes(home));
        Assert.NotEqual(JobOfferRisk.High, home.Risk);
    }

    [Fact]
    public void MinorsAtHomeAreNotCriticalButAbroadTheyAre()
    {
        Assert.Contains(JobOfferSigns.MinorsAtHome, Codes(Analyze("Job de vară pentru elevi în Cluj", "RO")));
        Assert.Contains(JobOfferSigns.Minors, Codes(Analyze("Job de vară pentru elevi în Italia", "RO")));
        Assert.Contains(JobOfferSigns.Minors, Codes(Analyze("Job de vară pentru elevi în Cluj", "MD")));
    }

    [Fact]
    public void EveryLanguageIsCheckedWhateverTheHint()
    {
        var report = fixture.Analyzer.Analyze("Паспорт остается у работодателя", "RO", "en");
        Assert.Contains(JobOfferSigns.PassportKept, Codes(report));
    }

    [Fact]
    public void AnEmptyOrHarmlessTextIsLow()
    {
        Assert.Equal(JobOfferRisk.Low, Analyze("").Risk);
        Assert.Empty(Analyze("").Signs);
        Assert.Equal(JobOfferRisk.Low, Analyze("Bună ziua, ce mai faceți?").Risk);
    }

    [Fact]
    public void TheAnalyzerIsSafeToShareBetweenThreads()
    {
        var texts = CorpusOffer.Cultures.SelectMany(c => CorpusOffer.Load(c)).Select(o => o.ToInput()).ToList();
        var expected = texts.Select(t => string.Join(",", Codes(fixture.Analyzer.Analyze(t)))).ToList();
        var parallel = new string[texts.Count];
        Parallel.For(0, texts.Count * 4, i => parallel[i % texts.Count] = string.Join(",", Codes(fixture.Analyzer.Analyze(texts[i % texts.Count]))));
        Assert.Equal(expected, parallel);
    }
}
