namespace Helpline.Locales;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;Strings&gt;</c>: the resource family in <c>locales/Strings*.resx</c>.
/// Strings of the bot itself: welcome, privacy notice, menus, help, stop, errors, language and country.
/// </summary>
public sealed class Strings;
