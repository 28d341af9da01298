using System.Collections.Frozen;

namespace Helpline.Safety.Disclosures;

/// <summary>The catalogue of disclosure categories: stable codes and the priority each one sets.</summary>
public static class DisclosureCategories
{
    private static readonly FrozenDictionary<DisclosureCategory, (string Code, DisclosurePriority Priority)> Catalogue =
        new Dictionary<DisclosureCategory, (string, DisclosurePriority)>
        {
            [DisclosureCategory.SelfHarm] = ("self-harm", DisclosurePriority.P1),
            [DisclosureCategory.ImmediateDanger] = ("immediate-danger", DisclosurePriority.P1),
            [DisclosureCategory.Confinement] = ("confinement", DisclosurePriority.P1),
            [DisclosureCategory.MissingPerson] = ("missing-person", DisclosurePriority.P1),
            [DisclosureCategory.DocumentsTaken] = ("documents-taken", DisclosurePriority.P2),
            [DisclosureCategory.ForcedWork] = ("forced-work", DisclosurePriority.P2),
            [DisclosureCategory.SexualExploitation] = ("sexual-exploitation", DisclosurePriority.P2),
            [DisclosureCategory.DebtBondage] = ("debt-bondage", DisclosurePriority.P2),
            [DisclosureCategory.AbuseAtHome] = ("abuse-at-home", DisclosurePriority.P2),
            [DisclosureCategory.AsksForPerson] = ("asks-for-person", DisclosurePriority.P3),
            [DisclosureCategory.WorriedAboutSomeone] = ("worried-about-someone", DisclosurePriority.P3),
        }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, DisclosureCategory> ByCode =
        Catalogue.ToFrozenDictionary(kv => kv.Value.Code, kv => kv.Key, StringComparer.Ordinal);

    /// <summary>Every category, most urgent first.</summary>
    public static IReadOnlyList<DisclosureCategory> All { get; } =
        [.. Enum.GetValues<DisclosureCategory>().OrderBy(c => Catalogue[c].Priority).ThenBy(c => c)];

    /// <summary>The stable code, e.g. <c>documents-taken</c>.</summary>
    public static string Code(this DisclosureCategory category) => Catalogue[category].Code;

    /// <summary>The priority a disclosure of this category sets on its own.</summary>
    public static DisclosurePriority Priority(this DisclosureCategory category) => Catalogue[category].Priority;

    /// <summary>The category with this code, or false for an unknown code.</summary>
    public static bool TryParse(string? code, out DisclosureCategory category)
    {
        if (code is not null && ByCode.TryGetValue(code, out category)) return true;
        category = default;
        return false;
    }
}
