namespace Helpline.Core;

/// <summary>The countries the helpline serves, as ISO 3166-1 alpha-2 codes.</summary>
public static class HelplineCountries
{
    public const string Albania = "AL";
    public const string Moldova = "MD";
    public const string Romania = "RO";
    public const string Ukraine = "UA";

    public static readonly IReadOnlyList<string> Served = [Albania, Moldova, Romania, Ukraine];

    public static bool IsServed(string? code) =>
        code is not null && Served.Contains(code.Trim().ToUpperInvariant());

    /// <summary>The canonical code ("md" -> "MD") of a served country, or null.</summary>
    public static string? Normalize(string? code) =>
        IsServed(code) ? code!.Trim().ToUpperInvariant() : null;
}
