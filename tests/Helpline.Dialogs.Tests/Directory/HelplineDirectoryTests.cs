using Helpline.Core;
using Helpline.Dialogs.Directory;

namespace Helpline.Dialogs.Tests.Directory;

public sealed class HelplineDirectoryTests
{
    private static readonly HelplineDirectory Embedded = HelplineDirectory.FromEmbeddedResources();

    private const string ValidEntry = """
          - kind: emergency
            number: "112"
            name:
              local: Numri 112
              en: Emergency number 112
            hours: 24/7
            cost: free
            source: a published list
            lastVerified: 2026-11-24
        """;

    [Fact]
    public void EveryServedCountryAndTheEuHaveAFile()
    {
        Assert.Equal(
            HelplineCountries.Served.Append(HelplineDirectory.EuropeanUnion).Order(),
            Embedded.Regions.Order());
    }

    [Theory]
    [InlineData("AL")]
    [InlineData("MD")]
    [InlineData("RO")]
    [InlineData("UA")]
    public void EveryServedCountryHasAVerifiedEmergencyNumberAndChildHelpline(string country)
    {
        var emergency = Embedded.Emergency(country);
        var child = Embedded.ChildHelpline(country);
        Assert.NotNull(emergency);
        Assert.NotNull(child);
        Assert.Equal(country, emergency.Region);
        Assert.Equal(country, child.Region);
        Assert.True(emergency.IsVerified && child.IsVerified);
    }

    [Theory]
    [InlineData("MD")]
    [InlineData("RO")]
    [InlineData("UA")]
    public void CountriesWithAPublishedAntiTraffickingLineReturnIt(string country)
    {
        var line = Embedded.AntiTrafficking(country);
        Assert.NotNull(line);
        Assert.Equal(HelplineContactKind.AntiTrafficking, line.Kind);
        Assert.Equal(country, line.Region);
    }

    [Fact]
    public void EveryEmbeddedEntryCarriesASourceAndAVerificationState()
    {
        Assert.All(Embedded.All, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Source));
            Assert.True(e.Unverified ^ e.LastVerified is not null, $"{e.Region} {e.Number}");
        });
    }

    [Fact]
    public void ACountryListsItsOwnNumbersMostUrgentFirstThenTheEuNumbers()
    {
        var entries = Embedded.ForCountry("md");
        var regions = entries.Select(e => e.Region).ToList();
        var firstEu = regions.IndexOf(HelplineDirectory.EuropeanUnion);
        Assert.True(firstEu > 0);
        Assert.All(regions.Take(firstEu), r => Assert.Equal("MD", r));
        Assert.All(regions.Skip(firstEu), r => Assert.Equal(HelplineDirectory.EuropeanUnion, r));
        var ownRanks = entries.Take(firstEu).Select(e => HelplineContactKind.Rank(e.Kind)).ToList();
        Assert.Equal(ownRanks.Order(), ownRanks);
        Assert.Equal(HelplineContactKind.Emergency, entries[0].Kind);
    }

    [Fact]
    public void AnEuMemberDoesNotRepeatTheEuNumbersItAlreadyLists()
    {
        var numbers = Embedded.ForCountry("RO").Select(e => e.Number.Replace(" ", "")).ToList();
        Assert.Equal(numbers.Distinct().Count(), numbers.Count);
        Assert.Contains("116000", numbers);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("IT")]
    public void AnUnknownCountryGetsTheEuNumbersOnly(string? country)
    {
        var entries = Embedded.ForCountry(country);
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Equal(HelplineDirectory.EuropeanUnion, e.Region));
        Assert.Equal("112", Embedded.Emergency(country)?.Number);
    }

    [Fact]
    public void UnverifiedEntriesAreNeverOfferedToUsers()
    {
        var unverified = Embedded.All.Where(e => e.Unverified).ToList();
        Assert.NotEmpty(unverified);
        foreach (var country in HelplineCountries.Served)
        {
            Assert.All(Embedded.Verified(country), e => Assert.True(e.IsVerified));
            Assert.Contains(Embedded.ForCountry(country), e => e.IsVerified);
        }
        Assert.DoesNotContain(Embedded.Verified("AL"), e => e.Kind == HelplineContactKind.Police);
        Assert.Contains(Embedded.ForCountry("AL"), e => e.Kind == HelplineContactKind.Police);
    }

    [Fact]
    public void AValidFileLoads()
    {
        var directory = Parse("AL", "country: AL\nentries:\n" + ValidEntry);
        var entry = Assert.Single(directory.ForCountry("AL"));
        Assert.Equal(new DateOnly(2026, 11, 24), entry.LastVerified);
        Assert.Equal("Numri 112", entry.LocalName);
        Assert.True(entry.IsFree && entry.IsAlwaysOpen);
    }

    [Theory]
    [InlineData("source: a published list", "source: ''", "source")]
    [InlineData("lastVerified: 2026-11-24", "", "unverified")]
    [InlineData("lastVerified: 2026-11-24", "lastVerified: 24.11.2026", "ISO date")]
    [InlineData("lastVerified: 2026-11-24", "lastVerified: 2026-11-24\n    unverified: true", "both")]
    [InlineData("kind: emergency", "kind: helpline", "kind")]
    [InlineData("number: \"112\"", "number: \"\"", "number")]
    [InlineData("number: \"112\"", "number: \"call 112\"", "number")]
    [InlineData("      en: Emergency number 112\n", "", "name")]
    [InlineData("hours: 24/7", "hours: 9-17", "hours")]
    [InlineData("cost: free", "cost: cheap", "cost")]
    public void AnIncompleteEntryFailsTheLoadNamingFileAndEntry(string replace, string with, string expected)
    {
        var yaml = "country: AL\nentries:\n" + ValidEntry.Replace(replace, with);
        var ex = Assert.Throws<InvalidDataException>(() => Parse("AL", yaml));
        Assert.Contains("AL.yaml", ex.Message);
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void AnUnknownFieldIsAnErrorSoATypoCannotHideAField()
    {
        var yaml = "country: AL\nentries:\n" + ValidEntry.Replace("lastVerified:", "lastVerifed:");
        Assert.Throws<InvalidDataException>(() => Parse("AL", yaml));
    }

    [Fact]
    public void AFileMustDeclareTheCountryItIsNamedFor()
    {
        var ex = Assert.Throws<InvalidDataException>(() => Parse("AL", "country: MD\nentries:\n" + ValidEntry));
        Assert.Contains("MD", ex.Message);
    }

    [Fact]
    public void AFileForACountryTheHelplineDoesNotServeIsRejected()
    {
        Assert.Throws<InvalidDataException>(() => Parse("IT", "country: IT\nentries:\n" + ValidEntry));
    }

    [Fact]
    public void AnUnverifiedEntryLoadsButIsNotShown()
    {
        var yaml = "country: AL\nentries:\n" + ValidEntry.Replace("lastVerified: 2026-11-24", "unverified: true");
        var directory = Parse("AL", yaml);
        Assert.Single(directory.ForCountry("AL"));
        Assert.Empty(directory.Verified("AL"));
        Assert.Null(directory.Emergency("AL"));
    }

    private static HelplineDirectory Parse(string region, string yaml) =>
        HelplineDirectory.Parse([($"directory/{region}.yaml", yaml)]);
}
