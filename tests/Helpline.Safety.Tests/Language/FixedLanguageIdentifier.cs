using Helpline.Core.Languages;

namespace Helpline.Safety.Tests.Language;

/// <summary>An identifier that always gives the same guess, to test the rules apart from the model.</summary>
public sealed class FixedLanguageIdentifier(LanguageGuess guess) : ILanguageIdentifier
{
    public int Calls { get; private set; }

    public LanguageGuess Identify(string text)
    {
        Calls++;
        return guess;
    }
}
