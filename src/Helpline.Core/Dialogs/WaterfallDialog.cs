using Helpline.Core.Schema;

namespace Helpline.Core.Dialogs;

/// <summary>
/// A fixed sequence of steps; each step sends something or begins a prompt, and the answer is the next
/// step's <see cref="WaterfallStepContext.Result"/> (Bot Builder's <c>WaterfallDialog</c>).
/// </summary>
public class WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? steps = null) : Dialog(dialogId)
{
    private const string PersistedOptions = "options";
    private const string PersistedValues = "values";
    private const string StepIndex = "stepIndex";

    private readonly List<WaterfallStep> _steps = steps?.ToList() ?? [];

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        _steps.Add(step ?? throw new ArgumentNullException(nameof(step)));
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = dc.ActiveDialog!.State;
        state[PersistedOptions] = options;
        state[PersistedValues] = new Dictionary<string, object?>(StringComparer.Ordinal);
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>The user's message goes to the next step (a step that did not prompt waits for any message).</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message) return Task.FromResult(EndOfTurn);
        return ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var index = dc.ActiveDialog!.State.GetValue<int>(StepIndex);
        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    protected virtual Task<DialogTurnResult> OnStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken) =>
        _steps[stepContext.Index](stepContext, cancellationToken);

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }
        var state = dc.ActiveDialog!.State;
        state[StepIndex] = index;
        var values = state.GetValue(PersistedValues, () => new Dictionary<string, object?>(StringComparer.Ordinal));
        var stepContext = new WaterfallStepContext(this, dc, state.GetValueOrDefault(PersistedOptions), values, index, reason, result);
        return await OnStepAsync(stepContext, cancellationToken).ConfigureAwait(false);
    }
}
