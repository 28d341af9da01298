using Helpline.Core.Dialogs;
using Helpline.Core.Schema;
using Helpline.Core.State;
using Helpline.Core.Turns;
using Helpline.Dialogs.Culture;
using Helpline.Dialogs.Dialogs;
using Helpline.Locales;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Helpline.Dialogs.Bots;

/// <summary>
/// The helpline's bot, at the end of the pipeline (after the culture middleware, the safety screen and
/// the handoff router): runs the <see cref="MainDialog"/> for every message, answers media it cannot
/// read, and greets a web chat user who opens the chat.
/// </summary>
public sealed class HelplineBot(ConversationState conversationState, MainDialog mainDialog, IStringLocalizer<Strings> strings, ILogger<HelplineBot> logger) : IBot
{
    private readonly IStatePropertyAccessor<DialogState> _dialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Message when string.IsNullOrWhiteSpace(activity.Text) && activity.Attachments is { Count: > 0 }:
                await turnContext.SendActivityAsync(strings["Media.NotSupported"].Value, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.Message:
                await mainDialog.RunAsync(turnContext, _dialogState, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.ConversationUpdate when IsUserJoiningWebChat(activity):
                // Web chat opens with the welcome; SMS never writes first.
                await mainDialog.RunAsync(turnContext, _dialogState, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>
    /// For <c>HelplineAdapter.OnTurnError</c>: apologises in the user's language and resets the dialog
    /// stack (the conversation's other state, and any counsellor ticket, are kept), as CoreBot's error handler.
    /// </summary>
    public async Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ConversationCulture.Restore(turnContext);
        await turnContext.SendActivityAsync(strings["Error.Apology"].Value, cancellationToken).ConfigureAwait(false);
        try
        {
            await conversationState.LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
            await _dialogState.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
            await conversationState.SaveChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception resetError) when (resetError is not OperationCanceledException)
        {
            logger.LogError(resetError, "Could not reset the dialog stack of turn {ActivityId} after an error.", turnContext.Activity.Id);
        }
    }

    private static bool IsUserJoiningWebChat(Activity activity) =>
        !ChannelIds.IsSms(activity.ChannelId)
        && activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true;
}
