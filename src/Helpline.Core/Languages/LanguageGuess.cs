namespace Helpline.Core.Languages;

/// <summary>
/// What a text's language most likely is: a code from <see cref="HelplineLanguages.Identifiable"/>
/// (or null when nothing could be told) and a confidence from 0 to 1.
/// </summary>
public readonly record struct LanguageGuess(string? Language, double Confidence)
{
    public static LanguageGuess Unknown => new(null, 0);
}
