using Helpline.Core.Dialogs.Choices;
using Helpline.Core.Schema;
using Helpline.Core.Turns;

namespace Helpline.Dialogs.Dialogs;

/// <summary>How the flows show choices: SMS texts that already list their numbers show nothing more; web chat gets buttons.</summary>
internal static class PromptStyles
{
    public static bool IsSms(ITurnContext turnContext) => ChannelIds.IsSms(turnContext.Activity.ChannelId);

    /// <summary>For a prompt whose SMS text already holds the numbered list (Menu.Sms, Language.Menu, ...).</summary>
    public static ListStyle TextListsChoices(ITurnContext turnContext) =>
        IsSms(turnContext) ? ListStyle.None : ListStyle.SuggestedAction;

    public static Activity Message(string text) => Activity.CreateMessageActivity(text);
}
