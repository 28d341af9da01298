namespace Helpline.Locales;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;ConsoleStrings&gt;</c>: the resource family in <c>locales/ConsoleStrings*.resx</c>.
/// Strings of the counsellor console (en, ro, sq, uk: the counsellors' own languages).
/// </summary>
public sealed class ConsoleStrings;
