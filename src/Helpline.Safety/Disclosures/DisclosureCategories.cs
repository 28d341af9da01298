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

    // P1 self-harm and immediate danger are never cancelled: "I don't want to live" is a disclosure, and a
    // threat often comes inside an "if" ("they will kill me if I run"). Confinement, missing person, asking
    // for a person and worry can be denied ("nobody locked me in") but a question never cancels them.
    private static readonly FrozenSet<DisclosureCategory> Negatable = new[]
    {
        DisclosureCategory.Confinement, DisclosureCategory.MissingPerson, DisclosureCategory.DocumentsTaken,
        DisclosureCategory.ForcedWork, DisclosureCategory.SexualExploitation, DisclosureCategory.DebtBondage,
        DisclosureCategory.AbuseAtHome, DisclosureCategory.AsksForPerson, DisclosureCategory.WorriedAboutSomeone,
    }.ToFrozenSet();

    private static readonly FrozenSet<DisclosureCategory> Questionable = new[]
    {
        DisclosureCategory.MissingPerson, DisclosureCategory.DocumentsTaken, DisclosureCategory.ForcedWork,
        DisclosureCategory.SexualExploitation, DisclosureCategory.DebtBondage, DisclosureCategory.AbuseAtHome,
    }.ToFrozenSet();

    private static readonly FrozenDictionary<string, DisclosureCategory> ByCode =
        Catalogue.ToFrozenDictionary(kv => kv.Value.Code, kv => kv.Key, StringComparer.Ordinal);

    /// <summary>Every category, most urgent first.</summary>
    public static IReadOnlyList<DisclosureCategory> All { get; } =
        [.. Enum.GetValues<DisclosureCategory>().OrderBy(c => Catalogue[c].Priority).ThenBy(c => c)];

    /// <summary>The stable code, e.g. <c>documents-taken</c>.</summary>
    public static string Code(this DisclosureCategory category) => Catalogue[category].Code;

    /// <summary>The priority a disclosure of this category sets on its own.</summary>
    public static DisclosurePriority Priority(this DisclosureCategory category) => Catalogue[category].Priority;

    /// <summary>True when a negation just before a match cancels it ("nobody took my passport").</summary>
    public static bool CanBeNegated(this DisclosureCategory category) => Negatable.Contains(category);

    /// <summary>True when a how-to or what-if question in the same sentence cancels a match ("what if they take my passport").</summary>
    public static bool CanBeQuestioned(this DisclosureCategory category) => Questionable.Contains(category);

    /// <summary>The category with this code, or false for an unknown code.</summary>
    public static bool TryParse(string? code, out DisclosureCategory category)
    {
        if (code is not null && ByCode.TryGetValue(code, out category)) return true;
        category = default;
        return false;
    }
}
