using Helpline.Core.Turns;

namespace Helpline.Core.Dialogs.Prompts;

/// <summary>Asks for any text (Bot Builder's <c>TextPrompt</c>); an empty message is not an answer.</summary>
public sealed class TextPrompt(string dialogId, PromptValidator<string>? validator = null) : Prompt<string>(dialogId, validator)
{
    protected override async Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var activity = PromptActivity(options, isRetry);
        if (activity is not null) await turnContext.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
    }

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text;
        return Task.FromResult(new PromptRecognizerResult<string>
        {
            Succeeded = !string.IsNullOrWhiteSpace(text),
            Value = text?.Trim(),
        });
    }
}
