using Helpline.Core.Turns;

namespace Helpline.Core.Dialogs;

/// <summary>
/// A dialog made of dialogs: its own set and its own stack, kept in its instance state (Bot Builder's
/// <c>ComponentDialog</c>). Override <see cref="OnContinueDialogAsync"/> for words that work anywhere
/// inside it, as CoreBot's <c>CancelAndHelpDialog</c> does.
/// </summary>
public abstract class ComponentDialog(string? dialogId = null) : Dialog(dialogId)
{
    private const string PersistedDialogState = "dialogs";

    private readonly DialogSet _dialogs = new();

    /// <summary>The dialog begun when this component begins; by default the first one added.</summary>
    public string? InitialDialogId { get; set; }

    public ComponentDialog AddDialog(Dialog dialog)
    {
        _dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public Dialog? FindDialog(string dialogId) => _dialogs.Find(dialogId);

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext outerDc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        var innerDc = CreateInnerDc(outerDc, outerDc.ActiveDialog!);
        var turnResult = await OnBeginDialogAsync(innerDc, options, cancellationToken).ConfigureAwait(false);
        return turnResult.Status == DialogTurnStatus.Waiting
            ? EndOfTurn
            : await EndComponentAsync(outerDc, turnResult.Result, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext outerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        var innerDc = CreateInnerDc(outerDc, outerDc.ActiveDialog!);
        var turnResult = await OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
        return turnResult.Status == DialogTurnStatus.Waiting
            ? EndOfTurn
            : await EndComponentAsync(outerDc, turnResult.Result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A dialog of the outer stack that this component began has ended: ask the inner dialog again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext outerDc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        await RepromptDialogAsync(outerDc.Context, outerDc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var innerDc = CreateInnerDc(turnContext, instance, null);
        return innerDc.RepromptDialogAsync(cancellationToken);
    }

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        if (reason == DialogReason.CancelCalled)
        {
            var innerDc = CreateInnerDc(turnContext, instance, null);
            await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default) =>
        innerDc.BeginDialogAsync(InitialDialogId ?? throw new InvalidOperationException($"{Id} has no initial dialog."), options, cancellationToken);

    /// <summary>Runs the inner stack for this turn; override to handle words that work anywhere, then call the base.</summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default) =>
        innerDc.ContinueDialogAsync(cancellationToken);

    /// <summary>The inner stack finished: end this component with its result.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken) =>
        outerDc.EndDialogAsync(result, cancellationToken);

    private DialogContext CreateInnerDc(DialogContext outerDc, DialogInstance instance) =>
        CreateInnerDc(outerDc.Context, instance, outerDc);

    private DialogContext CreateInnerDc(ITurnContext turnContext, DialogInstance instance, DialogContext? parent)
    {
        var state = instance.State.GetValue(PersistedDialogState, () => new DialogState());
        return new DialogContext(_dialogs, turnContext, state) { Parent = parent };
    }
}
