namespace Helpline.Core.Counselling.Accounts;

/// <summary>What a counsellor name may be: 2-64 of a-z, 0-9, '.', '_' or '-', stored lower case.</summary>
public static class CounsellorNames
{
    public const int MaxLength = 64;

    public static string Normalize(string? name) => (name ?? "").Trim().ToLowerInvariant();

    public static bool IsValid(string? name)
    {
        var n = Normalize(name);
        return n.Length is >= 2 and <= MaxLength && n.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '_' or '-');
    }
}
