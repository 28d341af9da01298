namespace Helpline.Safety.Language;

/// <summary>Why <see cref="ConversationLanguage"/> chose the language it did.</summary>
public enum LanguageDecisionReason
{
    /// <summary>The message asked for a language ("shqip", "english", or the same in any of the languages).</summary>
    Requested,

    /// <summary>First message, identified with enough confidence.</summary>
    Identified,

    /// <summary>First message, not identified with enough confidence: the country's language.</summary>
    CountryDefault,

    /// <summary>First message, nothing to go on and no known country: the helpline's default (en).</summary>
    HelplineDefault,

    /// <summary>The conversation keeps its language.</summary>
    Kept,

    /// <summary>A long enough message was confidently in another language.</summary>
    Switched,
}
