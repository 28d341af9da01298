using Helpline.Core.Dialogs;
using Helpline.Core.Turns;
using Helpline.Dialogs.Culture;
using Helpline.Dialogs.Directory;

namespace Helpline.Dialogs.Dialogs;

/// <summary>"Who can help": the verified national numbers of the user's country and the common EU ones.</summary>
public sealed class WhoCanHelpDialog(WhoCanHelpAnswer answer) : Dialog(nameof(WhoCanHelpDialog))
{
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await SendAsync(dc.Context, answer, cancellationToken).ConfigureAwait(false);
        return await dc.EndDialogAsync(DialogOutcome.Done, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends the answer for the turn's country and culture (also used when no counsellor can be reached).</summary>
    public static async Task SendAsync(ITurnContext turnContext, WhoCanHelpAnswer answer, CancellationToken cancellationToken)
    {
        var culture = ConversationCulture.Current(turnContext);
        if (PromptStyles.IsSms(turnContext))
        {
            foreach (var text in answer.ForSms(culture.Country, culture.Culture))
            {
                await turnContext.SendActivityAsync(text, cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            var reply = turnContext.Activity.CreateReply(answer.ForWebChat(culture.Country, culture.Culture));
            reply.TextFormat = "markdown";
            await turnContext.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
        }
    }
}
