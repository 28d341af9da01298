using Helpline.Safety.Language;

namespace Helpline.Safety.Tests.Language;

/// <summary>One trained identifier for a test class (training takes a moment).</summary>
public sealed class LanguageIdentifierFixture
{
    public LanguageIdentifier Identifier { get; } = new();
}
