namespace Helpline.Safety.Disclosures;

/// <summary>
/// How urgently a counsellor must answer (DOMAIN.md, "Disclosures and priorities"). A lower number is
/// more urgent, so priorities sort the way the counsellor queue serves them.
/// </summary>
public enum DisclosurePriority
{
    /// <summary>Immediate danger: self-harm, violence or threats now, locked in, a child missing now.</summary>
    P1 = 1,

    /// <summary>Disclosure of exploitation or abuse: documents taken, forced work or sex, debt bondage, abuse at home, grooming.</summary>
    P2 = 2,

    /// <summary>Asks for a person, or is worried about someone else.</summary>
    P3 = 3,
}
