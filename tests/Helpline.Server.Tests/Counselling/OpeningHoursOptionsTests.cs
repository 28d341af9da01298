using Helpline.Server.Counselling;

namespace Helpline.Server.Tests.Counselling;

public sealed class OpeningHoursOptionsTests
{
    private static OpeningHoursOptions Weekdays(string zone = "Europe/Chisinau") => new()
    {
        TimeZone = zone,
        Days = new(StringComparer.OrdinalIgnoreCase) { ["Monday"] = "09:00-21:00", ["saturday"] = "10:00-24:00" },
    };

    [Theory]
    [InlineData("2026-11-23T07:00:00Z", true)]   // Monday 09:00 in Chisinau (UTC+2): opens
    [InlineData("2026-11-23T06:59:00Z", false)]  // 08:59
    [InlineData("2026-11-23T19:00:00Z", false)]  // 21:00: closed
    [InlineData("2026-11-24T10:00:00Z", false)]  // Tuesday: not listed
    [InlineData("2026-11-28T21:59:00Z", true)]   // Saturday 23:59
    public void OpenOnlyWithinTheDaysRangeInItsTimeZone(string utc, bool open) =>
        Assert.Equal(open, Weekdays().IsOpen(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void NoDaysMeansAlwaysOpen() => Assert.True(new OpeningHoursOptions().IsOpen(DateTimeOffset.UtcNow));

    [Theory]
    [InlineData("Funday", "09:00-21:00")]
    [InlineData("Monday", "21:00-09:00")]
    [InlineData("Monday", "9-5")]
    public void ABadScheduleFailsAtStart(string day, string range)
    {
        var options = new OpeningHoursOptions { Days = new(StringComparer.OrdinalIgnoreCase) { [day] = range } };
        Assert.Throws<ArgumentException>(options.Validate);
    }

    [Fact]
    public void AnUnknownTimeZoneFailsAtStart() =>
        Assert.Throws<ArgumentException>(new OpeningHoursOptions { TimeZone = "Mars/Olympus" }.Validate);
}
