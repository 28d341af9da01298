using Helpline.Core.Turns;

namespace Helpline.Core.Dialogs;

/// <summary>
/// A unit of conversation that can be begun, continued turn after turn, resumed when a child ends, and
/// ended (Bot Builder's <c>Dialog</c>). Dialogs hold no per-conversation fields: everything they need to
/// continue lives in their <see cref="DialogInstance.State"/>.
/// </summary>
public abstract class Dialog(string? dialogId = null)
{
    /// <summary>The result that says "waiting for the user".</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    private string? _id = dialogId;

    public string Id
    {
        get => _id ??= GetType().Name;
        set => _id = value;
    }

    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>The user answered while this dialog was active. By default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A child this dialog began has ended with <paramref name="result"/>. By default the dialog ends with it.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks again for what the dialog is waiting for.</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>The dialog is leaving the stack (ended, replaced or cancelled).</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;
}
