using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Helpline.Safety.JobOffers;

/// <summary>
/// Rough exchange rates and the monthly pay above which unskilled work is "far above normal", read from
/// <c>JobOffers/pay-thresholds.yaml</c> (the file states its sources and assumptions).
/// </summary>
public sealed class PayThresholds
{
    private const string ResourceName = "Helpline.Safety.JobOffers.pay-thresholds.yaml";

    public required IReadOnlyDictionary<string, decimal> EurPerUnit { get; init; }

    /// <summary>Monthly EUR above which pay is far above normal: key "abroad" or a served country code.</summary>
    public required IReadOnlyDictionary<string, decimal> MonthlyEurFarAboveNormal { get; init; }

    public decimal WeeksPerMonth { get; init; } = 4.33m;

    public decimal DaysPerMonth { get; init; } = 22;

    public decimal HoursPerMonth { get; init; } = 173;

    public decimal? ToMonthlyEur(decimal amount, string currency, PayPeriod period)
    {
        if (!EurPerUnit.TryGetValue(currency, out var rate)) return null;
        var factor = period switch
        {
            PayPeriod.Week => WeeksPerMonth,
            PayPeriod.Day => DaysPerMonth,
            PayPeriod.Hour => HoursPerMonth,
            _ => 1m,
        };
        return amount * rate * factor;
    }

    /// <summary>The threshold for a job at home in <paramref name="homeCountry"/>, or abroad when null.</summary>
    public decimal ThresholdFor(string? homeCountry) =>
        homeCountry is not null && MonthlyEurFarAboveNormal.TryGetValue(homeCountry, out var home)
            ? home
            : MonthlyEurFarAboveNormal["abroad"];

    public static PayThresholds Parse(string yaml)
    {
        var file = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build().Deserialize<File>(yaml)
            ?? throw new InvalidDataException("pay thresholds: empty file");
        if (file.EurPerUnit is null || file.MonthlyEurFarAboveNormal is null || !file.MonthlyEurFarAboveNormal.ContainsKey("abroad"))
        {
            throw new InvalidDataException("pay thresholds: eurPerUnit and monthlyEurFarAboveNormal (with 'abroad') are required");
        }
        return new PayThresholds
        {
            EurPerUnit = file.EurPerUnit,
            MonthlyEurFarAboveNormal = file.MonthlyEurFarAboveNormal,
            WeeksPerMonth = file.WeeksPerMonth ?? 4.33m,
            DaysPerMonth = file.DaysPerMonth ?? 22,
            HoursPerMonth = file.HoursPerMonth ?? 173,
        };
    }

    public static PayThresholds LoadEmbedded()
    {
        using var stream = typeof(PayThresholds).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"missing embedded resource {ResourceName}");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private sealed class File
    {
        public Dictionary<string, decimal>? EurPerUnit { get; set; }
        public Dictionary<string, decimal>? MonthlyEurFarAboveNormal { get; set; }
        public decimal? WeeksPerMonth { get; set; }
        public decimal? DaysPerMonth { get; set; }
        public decimal? HoursPerMonth { get; set; }
    }
}
