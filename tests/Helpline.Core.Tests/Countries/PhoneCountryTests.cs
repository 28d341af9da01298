using Helpline.Core.Countries;

namespace Helpline.Core.Tests.Countries;

public class PhoneCountryTests
{
    [Theory]
    [InlineData("+355691234567", HelplineCountries.Albania)]
    [InlineData("+355 69 123 4567", HelplineCountries.Albania)]
    [InlineData("+37369123456", HelplineCountries.Moldova)]
    [InlineData("+373 22 123456", HelplineCountries.Moldova)]
    [InlineData("+40721234567", HelplineCountries.Romania)]
    [InlineData("+40 21 123 4567", HelplineCountries.Romania)]
    [InlineData("+380671234567", HelplineCountries.Ukraine)]
    [InlineData("+380-44-123-45-67", HelplineCountries.Ukraine)]
    [InlineData("whatsapp:+37369123456", HelplineCountries.Moldova)]
    public void ANumberOfAServedCountryGivesThatCountry(string number, string country) =>
        Assert.Equal(country, PhoneCountry.FromPhoneNumber(number));

    [Theory]
    [InlineData("+447700900123")]  // United Kingdom
    [InlineData("+393123456789")]  // Italy
    [InlineData("+4915123456789")] // Germany
    [InlineData("+12025550123")]   // United States
    [InlineData("+74951234567")]   // Russia
    public void ANumberOfAnotherCountryGivesNull(string number) =>
        Assert.Null(PhoneCountry.FromPhoneNumber(number));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("hello")]
    [InlineData("+")]
    [InlineData("+373")]
    [InlineData("+3731")]
    [InlineData("37369123456")]    // no plus: not E.164, the country cannot be told
    [InlineData("069123456")]      // a national number
    [InlineData("+37369123456789012345678")]
    [InlineData("+40abc")]
    [InlineData("whatsapp:")]
    public void JunkGivesNullAndNeverThrows(string? number) =>
        Assert.Null(PhoneCountry.FromPhoneNumber(number));

    [Fact]
    public void AVeryLongInputGivesNull() =>
        Assert.Null(PhoneCountry.FromPhoneNumber("+" + new string('3', 10_000)));
}
