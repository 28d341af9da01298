using PhoneNumbers;

namespace Helpline.Core.Countries;

/// <summary>
/// The served country of a phone number, from its country calling code: +355 Albania, +373 Moldova,
/// +40 Romania, +380 Ukraine. Used to pick the language and the national numbers for an SMS user.
/// </summary>
public static class PhoneCountry
{
    private static readonly PhoneNumberUtil Numbers = PhoneNumberUtil.GetInstance();

    /// <summary>
    /// The served country (<see cref="HelplineCountries"/>) of an E.164 number such as "+37369123456"
    /// (also with spaces, dashes or a channel prefix such as "whatsapp:"), or null for numbers of other
    /// countries, numbers that cannot be a phone number of their country, and anything else. Never throws.
    /// </summary>
    public static string? FromPhoneNumber(string? phoneNumber)
    {
        if (string.IsNullOrWhiteSpace(phoneNumber) || phoneNumber.Length > 64) return null;
        var number = phoneNumber.Trim();
        var colon = number.IndexOf(':');
        if (colon >= 0) number = number[(colon + 1)..].Trim();
        if (!number.StartsWith('+')) return null;
        try
        {
            var parsed = Numbers.Parse(number, null);
            if (!Numbers.IsPossibleNumber(parsed)) return null;
            var region = Numbers.GetRegionCodeForCountryCode(parsed.CountryCode);
            return HelplineCountries.Normalize(region);
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
