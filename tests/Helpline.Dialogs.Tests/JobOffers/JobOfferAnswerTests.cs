using System.Globalization;
using System.Xml.Linq;
using Helpline.Core.Sms;
using Helpline.Dialogs.JobOffers;
using Helpline.Locales;
using Helpline.Safety.JobOffers;
using Helpline.Safety.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Helpline.Dialogs.Tests.JobOffers;

public class JobOfferAnswerTests
{
    public static TheoryData<string> Cultures() => ["en", "sq", "ro", "ro-MD", "uk", "ru"];

    private static readonly IReadOnlyList<(string Label, string Number)> Numbers =
        [("Child helpline", "116 111"), ("La Strada", "0 800 500 335")];

    private static IStringLocalizer<JobOfferStrings> Localizer()
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        return new StringLocalizer<JobOfferStrings>(factory);
    }

    private static T InCulture<T>(string culture, Func<T> action)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try { return action(); }
        finally { CultureInfo.CurrentUICulture = previous; }
    }

    /// <summary>Every sign of the catalogue at once, the longest answer there can be.</summary>
    private static JobOfferReport WorstCase() =>
        new(JobOfferRisk.High, 99,
            JobOfferSigns.All.Select(s => new FoundSign(s.Code, s.Severity, s.Weight, new TextSpan(0, 1), "x")).ToList(),
            [], [], []);

    private static JobOfferReport Low() =>
        new(JobOfferRisk.Low, 0, [new FoundSign(JobOfferSigns.EmployerNamed, SignSeverity.Mitigating, -2, null, null)], [], [], []);

    [Theory]
    [MemberData(nameof(Cultures))]
    public void TheSmsFitsInThreeSegmentsEvenForTheWorstReport(string culture)
    {
        var reply = InCulture(culture, () => new JobOfferAnswer(Localizer()).Compose(WorstCase(), AnswerChannel.Sms, Numbers));
        Assert.InRange(SmsSegments.Calculate(reply.Text).Segments, 1, JobOfferAnswer.MaxSmsSegments);
        Assert.Contains("116 111", reply.Text);
        var replyMore = InCulture(culture, () => SmsText.Plain(Localizer()["Sms_ReplyMore"]));
        Assert.EndsWith(replyMore, reply.Text);
        Assert.NotEmpty(reply.More);
        Assert.All(reply.More, m => Assert.InRange(SmsSegments.Calculate(m).Segments, 1, JobOfferAnswer.MaxSmsSegments));
        // The continuation explains every warning sign and gives what to check.
        var more = string.Join("\n", reply.More);
        foreach (var sign in JobOfferSigns.All.Where(s => s.Severity != SignSeverity.Mitigating))
        {
            var why = InCulture(culture, () => SmsText.Plain(Localizer()[$"Sign_{JobOfferAnswer.Key(sign.Code)}_Why"]));
            Assert.Contains(why, more);
        }
        Assert.Contains(InCulture(culture, () => SmsText.Plain(Localizer()["Check_Passport"])), more);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void TheSmsOfATypicalReportShowsItsTopSigns(string culture)
    {
        var analyzer = JobOfferAnalyzer.CreateDefault();
        var report = analyzer.Analyze("Căutăm fete 16-22 ani pentru dans în Turcia, pașaportul rămâne la patron, scrie pe Viber", "MD");
        var reply = InCulture(culture, () => new JobOfferAnswer(Localizer()).Compose(report, AnswerChannel.Sms, Numbers));
        var top = InCulture(culture, () => SmsText.Plain(Localizer()[$"Sign_{JobOfferAnswer.Key(report.Signs[0].Code)}_Name"]));
        Assert.Contains(top, reply.Text);
        Assert.InRange(SmsSegments.Calculate(reply.Text).Segments, 1, JobOfferAnswer.MaxSmsSegments);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void TheWebAnswerListsEverySignWithWhyItMattersAndWhatToCheck(string culture)
    {
        var reply = InCulture(culture, () => new JobOfferAnswer(Localizer()).Compose(WorstCase(), AnswerChannel.Web, Numbers));
        var strings = Localizer();
        InCulture(culture, () =>
        {
            Assert.StartsWith(strings["Risk_High"], reply.Text);
            foreach (var sign in JobOfferSigns.All)
            {
                Assert.Contains(strings[$"Sign_{JobOfferAnswer.Key(sign.Code)}_Why"].Value, reply.Text);
            }
            foreach (var check in new[] { "Check_Employer", "Check_Contract", "Check_Passport", "Check_Visa", "Check_Family", "Check_Licence", "Check_Age" })
            {
                Assert.Contains(strings[check].Value, reply.Text);
            }
            Assert.Contains("La Strada: 0 800 500 335", reply.Text);
            return 0;
        });
        Assert.Empty(reply.More);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void EvenALowRiskAnswerSaysWhatToCheck(string culture)
    {
        var web = InCulture(culture, () => new JobOfferAnswer(Localizer()).Compose(Low(), AnswerChannel.Web, Numbers));
        var sms = InCulture(culture, () => new JobOfferAnswer(Localizer()).Compose(Low(), AnswerChannel.Sms, Numbers));
        InCulture(culture, () =>
        {
            var strings = Localizer();
            Assert.StartsWith(strings["Risk_Low"], web.Text);
            Assert.Contains(strings["Check_Passport"].Value, web.Text);
            Assert.Contains(strings["NoSigns"].Value, web.Text);
            Assert.Contains(SmsText.Plain(strings["Check_Passport"]), string.Join("\n", sms.More));
            return 0;
        });
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void EveryCultureHasItsOwnWords(string culture)
    {
        var english = InCulture("en", () => Localizer()["Risk_High"].Value);
        var local = InCulture(culture, () => Localizer()["Risk_High"]);
        Assert.False(local.ResourceNotFound);
        if (culture != "en") Assert.NotEqual(english, local.Value);
        var mdOverride = InCulture("ro-MD", () => Localizer()["Sign_home_country_job_Name"].Value);
        var ro = InCulture("ro", () => Localizer()["Sign_home_country_job_Name"].Value);
        Assert.NotEqual(ro, mdOverride);
        Assert.Equal(InCulture("ro", () => Localizer()["Risk_High"].Value), InCulture("ro-MD", () => Localizer()["Risk_High"].Value));
    }

    [Fact]
    public void EveryKeyExistsInEveryCultureFileAndEverySignHasItsWords()
    {
        var directory = FindLocales();
        var neutral = Keys(Path.Combine(directory, "JobOfferStrings.resx"));
        foreach (var culture in new[] { "sq", "ro", "uk", "ru" })
        {
            Assert.Equal(neutral.Order(), Keys(Path.Combine(directory, $"JobOfferStrings.{culture}.resx")).Order());
        }
        Assert.Subset(neutral, Keys(Path.Combine(directory, "JobOfferStrings.ro-MD.resx")));
        foreach (var sign in JobOfferSigns.All)
        {
            Assert.Contains($"Sign_{JobOfferAnswer.Key(sign.Code)}_Name", neutral);
            Assert.Contains($"Sign_{JobOfferAnswer.Key(sign.Code)}_Why", neutral);
        }
    }

    private static HashSet<string> Keys(string path) =>
        XDocument.Load(path).Root!.Elements("data").Select(e => (string)e.Attribute("name")!).ToHashSet();

    private static string FindLocales()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "locales", "JobOfferStrings.resx"))) directory = directory.Parent;
        return Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("locales/"), "locales");
    }
}
