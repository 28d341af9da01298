namespace Helpline.Locales;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;EscalationStrings&gt;</c>: the resource family in <c>locales/EscalationStrings*.resx</c>.
/// Strings of the escalation to a counsellor: queue position, waiting, cancel, goodbye.
/// </summary>
public sealed class EscalationStrings;
