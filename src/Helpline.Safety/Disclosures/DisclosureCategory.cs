namespace Helpline.Safety.Disclosures;

/// <summary>
/// What a message discloses. Each category has a stable kebab-case code (<see cref="DisclosureCategories.Code"/>)
/// used in lexicons, logs, tickets and the CLI; docs/disclosure-categories.md describes each one.
/// </summary>
public enum DisclosureCategory
{
    SelfHarm,
    ImmediateDanger,
    Confinement,
    DocumentsTaken,
    ForcedWork,
    SexualExploitation,
    DebtBondage,
    AbuseAtHome,
    MissingPerson,
    AsksForPerson,
    WorriedAboutSomeone,
}
