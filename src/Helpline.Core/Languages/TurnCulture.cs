namespace Helpline.Core.Languages;

/// <summary>
/// The language, country and culture a turn speaks, decided before the bot runs and kept in the turn's
/// <c>TurnState</c> for every later middleware (safety screen, handoff router) and the dialogs.
/// </summary>
/// <param name="Language">The base language (sq, ro, uk, ru, en).</param>
/// <param name="Country">The served country (AL, MD, RO, UA) or null when unknown.</param>
/// <param name="Culture">The culture of the strings (ro-MD for Romanian in Moldova).</param>
/// <param name="LanguageRequested">True when the user asked for this language on this turn (e.g. "english").</param>
public sealed record TurnCulture(string Language, string? Country, string Culture, bool LanguageRequested = false);
