namespace Helpline.Locales;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;AdviceStrings&gt;</c>: the resource family in <c>locales/AdviceStrings*.resx</c>.
/// Strings of the safe-migration advice topics and the who-can-help directory.
/// </summary>
public sealed class AdviceStrings;
