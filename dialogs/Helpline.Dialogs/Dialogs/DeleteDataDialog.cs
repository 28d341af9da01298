using Helpline.Core.Counselling;
using Helpline.Core.Dialogs;
using Helpline.Core.Dialogs.Prompts;
using Helpline.Core.State;
using Helpline.Dialogs.Understanding;
using Helpline.Locales;
using Microsoft.Extensions.Localization;

namespace Helpline.Dialogs.Dialogs;

/// <summary>
/// "Delete my data": asks for confirmation, then erases the conversation's state and the user's state,
/// and (through <see cref="ITranscriptEraser"/>, when the service keeps transcripts) the transcript,
/// except what an open counsellor ticket still needs. Anything but a clear yes erases nothing.
/// </summary>
public sealed class DeleteDataDialog : HelplineComponentDialog
{
    private const string ConfirmId = nameof(DeleteDataDialog) + ".Confirm";

    private readonly ConversationState _conversationState;
    private readonly UserState _userState;
    private readonly IStringLocalizer<Strings> _strings;
    private readonly ITranscriptEraser? _transcripts;

    public DeleteDataDialog(ConversationState conversationState, UserState userState, HelplineKeywords keywords, HelpMessage help, IStringLocalizer<Strings> strings, ITranscriptEraser? transcripts = null)
        : base(nameof(DeleteDataDialog), keywords, help)
    {
        _conversationState = conversationState;
        _userState = userState;
        _strings = strings;
        _transcripts = transcripts;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [ConfirmStepAsync, EraseStepAsync]));
        AddDialog(new ConfirmPrompt(ConfirmId, _ => keywords.YesNo(), (prompt, _) => Task.FromResult(prompt.Recognized.Succeeded || prompt.AttemptCount >= 2)));
        InitialDialogId = nameof(WaterfallDialog);
    }

    private Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(ConfirmId, new PromptOptions
        {
            Prompt = PromptStyles.Message(_strings["Delete.Confirm"].Value),
            Style = PromptStyles.TextListsChoices(step.Context),
        }, cancellationToken);

    private async Task<DialogTurnResult> EraseStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not true)
        {
            await step.Context.SendActivityAsync(_strings["Delete.Cancelled"].Value, cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(DialogOutcome.Done, cancellationToken).ConfigureAwait(false);
        }

        var erasure = _transcripts is null
            ? null
            : await _transcripts.EraseConversationAsync(step.Context, cancellationToken).ConfigureAwait(false);

        await _userState.LoadAsync(step.Context, false, cancellationToken).ConfigureAwait(false);
        await _userState.ClearStateAsync(step.Context, cancellationToken).ConfigureAwait(false);
        await _userState.SaveChangesAsync(step.Context, false, cancellationToken).ConfigureAwait(false);
        // Deleted from the store when the turn's state is saved; the dialog stack goes with it.
        await _conversationState.ClearStateAsync(step.Context, cancellationToken).ConfigureAwait(false);

        var done = erasure?.KeptForOpenTicket == true ? "Delete.KeptForCounsellor" : "Delete.Done";
        await step.Context.SendActivityAsync(_strings[done].Value, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(DialogOutcome.Erased, cancellationToken).ConfigureAwait(false);
    }
}
