namespace Helpline.Locales;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;CannedReplyStrings&gt;</c>: the resource family in <c>locales/CannedReplyStrings*.resx</c>.
/// Short replies a counsellor sends from the console in the USER's language (greeting, "are you safe now?",
/// national numbers); the numbers themselves come from the who-can-help directory. ro-MD uses ro.
/// </summary>
public sealed class CannedReplyStrings;
