using Helpline.Core;
using Helpline.Core.Languages;
using Helpline.Safety.Language;
using Microsoft.Extensions.DependencyInjection;

namespace Helpline.Safety.Tests.Language;

public sealed class LanguageServicesTests
{
    [Fact]
    public void AContainerBuildsTheTrainedIdentifierAndTheConversationLanguage()
    {
        using var provider = new ServiceCollection()
            .AddSingleton<ILanguageIdentifier, LanguageIdentifier>()
            .AddSingleton<ConversationLanguage>()
            .BuildServiceProvider();

        var identifier = provider.GetRequiredService<ILanguageIdentifier>();
        Assert.Equal(HelplineLanguages.Albanian, identifier.Identify("Faleminderit shume per ndihmen").Language);
        var decision = provider.GetRequiredService<ConversationLanguage>().Decide(null, HelplineCountries.Ukraine, "Дякую за допомогу");
        Assert.Equal(HelplineLanguages.Ukrainian, decision.Language);
    }
}
