using Helpline.Core.Turns;
using Helpline.Dialogs.Culture;
using Helpline.Dialogs.Directory;
using Helpline.Locales;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Helpline.Dialogs.Dialogs;

/// <summary>The help text in the turn's culture, with the child helpline of the user's country.</summary>
public sealed class HelpMessage(HelplineDirectory directory, IStringLocalizer<Strings> strings, IOptions<HelplineOptions> options)
{
    public string Text(ITurnContext turnContext)
    {
        var country = ConversationCulture.Current(turnContext).Country;
        var childHelpline = directory.ChildHelpline(country)?.Number ?? options.Value.DefaultChildHelpline;
        return strings["Help.Text", childHelpline].Value;
    }

    public Task SendAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(Text(turnContext), cancellationToken);
}
