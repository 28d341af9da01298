using Helpline.Core.State;
using Helpline.Core.Turns;

namespace Helpline.Core.Dialogs;

/// <summary>Runs a root dialog for a turn (Bot Builder's <c>DialogExtensions.RunAsync</c>).</summary>
public static class DialogExtensions
{
    /// <summary>
    /// Continues the conversation's active dialog, or begins <paramref name="dialog"/> when the stack is empty.
    /// </summary>
    public static async Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken = default, object? options = null)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(accessor);
        var dialogSet = new DialogSet(accessor);
        dialogSet.Add(dialog);
        var dc = await dialogSet.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dc.BeginDialogAsync(dialog.Id, options, cancellationToken).ConfigureAwait(false);
        }
        return result;
    }
}
