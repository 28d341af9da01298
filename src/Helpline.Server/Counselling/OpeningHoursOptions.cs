using System.Globalization;

namespace Helpline.Server.Counselling;

/// <summary>
/// One weekly schedule in one time zone, e.g.
/// <c>"OpeningHours": { "TimeZone": "Europe/Chisinau", "Days": { "Monday": "09:00-21:00", "Saturday": "10:00-14:00" } }</c>.
/// A day that is not listed is closed; <c>"00:00-24:00"</c> is the whole day. No days at all means always open.
/// </summary>
public sealed class OpeningHoursOptions
{
    /// <summary>An IANA (or Windows) time zone id. Default UTC.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Weekday name (Monday ... Sunday) -> "HH:mm-HH:mm".</summary>
    public Dictionary<string, string> Days { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public bool AlwaysOpen => Days.Count == 0;

    /// <summary>Whether counsellors work at <paramref name="now"/>.</summary>
    public bool IsOpen(DateTimeOffset now)
    {
        if (AlwaysOpen) return true;
        var local = System.TimeZoneInfo.ConvertTime(now, System.TimeZoneInfo.FindSystemTimeZoneById(TimeZone));
        if (!Days.TryGetValue(local.DayOfWeek.ToString(), out var range)) return false;
        var (from, to) = Parse(range);
        var time = local.TimeOfDay;
        return time >= from && time < to;
    }

    public void Validate()
    {
        try
        {
            System.TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ArgumentException($"Counselling:OpeningHours:TimeZone '{TimeZone}' is not a known time zone.", ex);
        }
        foreach (var (day, range) in Days)
        {
            if (!Enum.TryParse<DayOfWeek>(day, ignoreCase: true, out _)) throw new ArgumentException($"Counselling:OpeningHours:Days: '{day}' is not a weekday name.");
            Parse(range);
        }
    }

    private static (TimeSpan From, TimeSpan To) Parse(string range)
    {
        var parts = (range ?? "").Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && TryTime(parts[0], out var from) && TryTime(parts[1], out var to) && from < to) return (from, to);
        throw new ArgumentException($"Counselling:OpeningHours: '{range}' is not a range like 09:00-21:00.");
    }

    private static bool TryTime(string text, out TimeSpan time)
    {
        if (text == "24:00")
        {
            time = TimeSpan.FromHours(24);
            return true;
        }
        return TimeSpan.TryParseExact(text, @"hh\:mm", CultureInfo.InvariantCulture, out time);
    }
}
