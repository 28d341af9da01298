namespace Helpline.Core.Languages;

/// <summary>Tells which of the helpline's languages a short text is written in. Pure and thread-safe.</summary>
public interface ILanguageIdentifier
{
    LanguageGuess Identify(string text);
}
