using System.Globalization;
using Helpline.Core;
using Helpline.Core.Sms;
using Helpline.Dialogs.Directory;
using Helpline.Locales;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Helpline.Dialogs.Tests.Directory;

public sealed class WhoCanHelpAnswerTests
{
    private static readonly HelplineDirectory Directory = HelplineDirectory.FromEmbeddedResources();
    private static readonly IStringLocalizer<AdviceStrings> Localizer = CreateLocalizer();
    private readonly WhoCanHelpAnswer _answer = new(Directory, Localizer);

    public static TheoryData<string?, string> CountriesAndCultures()
    {
        var data = new TheoryData<string?, string>();
        foreach (var country in HelplineCountries.Served.Append(null).Append("IT"))
        {
            foreach (var culture in HelplineLanguages.Cultures) data.Add(country, culture);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CountriesAndCultures))]
    public void TheSmsAnswerIsAtMostTwoMessagesOfTwoSegmentsEach(string? country, string culture)
    {
        var messages = _answer.ForSms(country, culture);
        Assert.InRange(messages.Count, 1, 2);
        Assert.All(messages, m => Assert.InRange(SmsSegments.Calculate(m).Segments, 1, WhoCanHelpAnswer.MaxSegmentsPerMessage));
    }

    [Theory]
    [MemberData(nameof(CountriesAndCultures))]
    public void TheSmsAnswerCarriesEveryVerifiedNumberAndNoOther(string? country, string culture)
    {
        var text = string.Join("\n", _answer.ForSms(country, culture));
        var shown = Directory.Verified(country);
        Assert.All(shown, e => Assert.Contains(e.Number, text));
        var hidden = Directory.ForCountry(country).Where(e => !e.IsVerified && shown.All(s => s.Number != e.Number));
        Assert.All(hidden, e => Assert.DoesNotContain(e.Number, text));
    }

    [Theory]
    [MemberData(nameof(CountriesAndCultures))]
    public void TheWebAnswerListsEveryVerifiedNumberUnderItsRegion(string? country, string culture)
    {
        var web = _answer.ForWebChat(country, culture);
        var shown = Directory.Verified(country);
        Assert.All(shown, e => Assert.Contains(e.Number, web));
        Assert.All(shown, e => Assert.Contains("- **" + Text(culture, "Directory.Kind." + e.Kind) + ": ", web));
        foreach (var region in shown.Select(e => e.Region).Distinct())
        {
            Assert.Contains(Text(culture, "Directory.Heading." + region), web);
        }
        Assert.StartsWith("**" + Text(culture, "Directory.Title") + "**", web);
    }

    [Theory]
    [InlineData("sq", "AL")]
    [InlineData("ro", "RO")]
    [InlineData("ro-MD", "MD")]
    [InlineData("uk", "UA")]
    [InlineData("ru", "UA")]
    public void AUserOfAnotherLanguageSeesNoEnglishWordsFromTheStrings(string culture, string country)
    {
        var sms = string.Join("\n", _answer.ForSms(country, culture));
        var web = _answer.ForWebChat(country, culture);
        foreach (var key in new[] { "Directory.Title", "Directory.Intro.Sms", "Directory.Kind.emergency", "Directory.Kind.child-helpline", "Directory.Embassy.Web" })
        {
            var english = Text(HelplineLanguages.English, key);
            Assert.DoesNotContain(english, sms + web);
        }
        Assert.Contains(Text(culture, "Directory.Kind.emergency"), sms);
    }

    [Fact]
    public void TheWebAnswerNamesOrganisationsLocallyAndInEnglishForEnglishReaders()
    {
        var strada = Directory.AntiTrafficking("MD")!;
        Assert.Contains(strada.LocalName, _answer.ForWebChat("MD", "ro-MD"));
        Assert.Contains(strada.EnglishName, _answer.ForWebChat("MD", "en"));
        Assert.DoesNotContain(strada.EnglishName, _answer.ForWebChat("MD", "ro-MD"));
    }

    [Fact]
    public void OneServiceWithTwoNumbersIsOneBulletAndOneSmsLine()
    {
        var child = Directory.Verified("UA").Where(e => e.Kind == HelplineContactKind.ChildHelpline && e.Region == "UA").ToList();
        Assert.Equal(2, child.Count);
        var together = child[0].Number + " / " + child[1].Number;
        Assert.Contains(Text("uk", "Directory.Kind.child-helpline") + ": " + together, string.Join("\n", _answer.ForSms("UA", "uk")));
        var web = _answer.ForWebChat("UA", "uk");
        Assert.Contains("**" + Text("uk", "Directory.Kind.child-helpline") + ": " + together + "**", web);
        Assert.Single(web.Split('\n'), l => l.Contains(child[0].LocalName, StringComparison.Ordinal) && l.Contains(child[0].Number, StringComparison.Ordinal));
    }

    [Fact]
    public void TheSmsDoesNotRepeatTheEuNumbersTheCountryAlreadyListed()
    {
        var sms = string.Join("\n", _answer.ForSms("AL", "sq"));
        Assert.Single(sms.Split('\n'), l => l.EndsWith(": 112", StringComparison.Ordinal));
        Assert.Contains(Text("sq", "Directory.Heading.EU.Sms"), sms);
        Assert.Contains("116 000", sms);
    }

    [Fact]
    public void TheSmsSaysCallsAreFreeOnlyWhenEveryNumberShownIsFree()
    {
        var paid = HelplineDirectory.Parse([("directory/AL.yaml", """
            country: AL
            entries:
              - kind: emergency
                number: "112"
                name: { local: Numri 112, en: Emergency 112 }
                cost: free
                source: test
                lastVerified: 2026-11-24
              - kind: organisation
                number: "+355 4 000 000"
                name: { local: Zyra, en: Office }
                cost: paid
                source: test
                lastVerified: 2026-11-24
            """)]);
        var answer = new WhoCanHelpAnswer(paid, Localizer);
        var sms = answer.ForSms("AL", "en")[0];
        Assert.DoesNotContain(Text("en", "Directory.Intro.Sms"), sms);
        Assert.StartsWith(Text("en", "Directory.Title"), sms);
        Assert.StartsWith(Text("en", "Directory.Intro.Sms"), _answer.ForSms("AL", "en")[0]);
    }

    [Fact]
    public void TheAnswerLeavesTheCallersCultureAsItWas()
    {
        var before = CultureInfo.CurrentUICulture;
        _answer.ForSms("UA", "uk");
        _answer.ForWebChat("UA", "uk");
        Assert.Equal(before, CultureInfo.CurrentUICulture);
    }

    [Fact]
    public void PackingStartsANewMessageOnlyWhenTheNextLineWouldBreakTheBudget()
    {
        var line = new string('ж', 60); // UCS-2: two lines fit 2 segments (121 units), three do not.
        var messages = WhoCanHelpAnswer.Pack([line, line, line, line, line]);
        Assert.Equal([$"{line}\n{line}", $"{line}\n{line}", line], messages);
        Assert.Equal(["a\nb"], WhoCanHelpAnswer.Pack(["a", "b"]));
    }

    private static string Text(string culture, string key)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return Localizer[key].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static IStringLocalizer<AdviceStrings> CreateLocalizer() =>
        new ServiceCollection()
            .AddLogging()
            .AddLocalization(options => options.ResourcesPath = "")
            .BuildServiceProvider()
            .GetRequiredService<IStringLocalizer<AdviceStrings>>();
}
