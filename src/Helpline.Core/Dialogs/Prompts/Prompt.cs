using Helpline.Core.Schema;
using Helpline.Core.Turns;

namespace Helpline.Core.Dialogs.Prompts;

/// <summary>
/// Asks the user for a value and waits until it gets one it recognises and the validator accepts
/// (Bot Builder's <c>Prompt&lt;T&gt;</c>). Ends with the value as its result.
/// </summary>
public abstract class Prompt<T>(string dialogId, PromptValidator<T>? validator = null) : Dialog(dialogId)
{
    private const string PersistedOptions = "options";
    private const string AttemptCount = "attemptCount";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = DialogStateValues.Convert<PromptOptions>(options)
            ?? throw new ArgumentException("A prompt needs PromptOptions.", nameof(options));
        var state = dc.ActiveDialog!.State;
        state[PersistedOptions] = promptOptions;
        state[AttemptCount] = 0;
        await OnPromptAsync(dc.Context, promptOptions, false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message) return EndOfTurn;
        var state = dc.ActiveDialog!.State;
        var options = state.GetValue<PromptOptions>(PersistedOptions) ?? new PromptOptions();
        var attempts = state.GetValue<int>(AttemptCount) + 1;
        state[AttemptCount] = attempts;

        var recognized = await OnRecognizeAsync(dc.Context, options, cancellationToken).ConfigureAwait(false);
        var valid = recognized.Succeeded;
        if (validator is not null)
        {
            valid = await validator(new PromptValidatorContext<T>(dc.Context, recognized, options, attempts), cancellationToken).ConfigureAwait(false);
        }
        if (valid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }
        if (!dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, options, true, cancellationToken).ConfigureAwait(false);
        }
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var options = instance.State.GetValue<PromptOptions>(PersistedOptions) ?? new PromptOptions();
        return OnPromptAsync(turnContext, options, false, cancellationToken);
    }

    /// <summary>A prompt that was cancelled or replaced never ends with a value.</summary>
    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default) =>
        RepromptThenWaitAsync(dc, cancellationToken);

    protected abstract Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken);

    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>A copy of the prompt or retry activity (the stored one must not be changed by sending).</summary>
    protected static Activity? PromptActivity(PromptOptions options, bool isRetry)
    {
        var source = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (source is null) return null;
        return new Activity
        {
            Type = source.Type,
            Text = source.Text,
            Speak = source.Speak,
            InputHint = source.InputHint ?? "expectingInput",
            SuggestedActions = source.SuggestedActions,
            Attachments = source.Attachments,
            TextFormat = source.TextFormat,
            Locale = source.Locale,
        };
    }

    private async Task<DialogTurnResult> RepromptThenWaitAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }
}
