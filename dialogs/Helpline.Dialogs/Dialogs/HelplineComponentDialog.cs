using Helpline.Core.Dialogs;
using Helpline.Core.Languages;
using Helpline.Core.Turns;
using Helpline.Dialogs.Understanding;

namespace Helpline.Dialogs.Dialogs;

/// <summary>
/// The base of the helpline's flows: the words that work anywhere (menu, help, delete, stop, a
/// language's name), like CoreBot's <c>CancelAndHelpDialog</c>. Help is answered in place and the
/// question asked again; any other word ends this flow with the <see cref="HelplineIntent"/> as its
/// result, for the main dialog to carry out.
/// </summary>
public abstract class HelplineComponentDialog(string dialogId, HelplineKeywords keywords, HelpMessage help) : ComponentDialog(dialogId)
{
    protected HelplineKeywords Keywords => keywords;

    protected HelpMessage Help => help;

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        var intent = AnywhereWord(innerDc.Context);
        return intent is null
            ? await base.OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false)
            : await OnAnywhereWordAsync(innerDc, intent, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The word that works anywhere in this message, if it is one.</summary>
    protected HelplineIntent? AnywhereWord(ITurnContext turnContext)
    {
        if (!turnContext.Activity.IsMessage) return null;
        if (turnContext.TurnState.Get<TurnCulture>()?.LanguageRequested == true) return new HelplineIntent(HelplineAction.Language);
        var command = keywords.Command(turnContext.Activity.Text);
        return command is null ? null : new HelplineIntent(command.Value);
    }

    protected virtual async Task<DialogTurnResult> OnAnywhereWordAsync(DialogContext innerDc, HelplineIntent intent, CancellationToken cancellationToken)
    {
        if (intent.Action == HelplineAction.Help)
        {
            await help.SendAsync(innerDc.Context, cancellationToken).ConfigureAwait(false);
            await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
            return EndOfTurn;
        }
        await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        return new DialogTurnResult(DialogTurnStatus.Complete, intent);
    }
}
