namespace Helpline.Locales;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;WebChatStrings&gt;</c>: the resource family in <c>locales/WebChatStrings*.resx</c>.
/// The web chat page's texts (<c>Page.*</c>: intro, privacy notice, quick exit, language and country pickers) and
/// Web Chat's own UI strings (<c>WebChat.*</c>, passed to its <c>overrideLocalizedStrings</c>; Web Chat has no Albanian).
/// </summary>
public sealed class WebChatStrings;
