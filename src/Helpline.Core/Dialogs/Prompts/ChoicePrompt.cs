using Helpline.Core.Dialogs.Choices;
using Helpline.Core.Schema;
using Helpline.Core.Turns;

namespace Helpline.Core.Dialogs.Prompts;

/// <summary>
/// Asks the user to pick one of a few choices (Bot Builder's <c>ChoicePrompt</c>). On SMS the choices
/// are a numbered list in the text and "1", "2" or the word pick one; on web chat they are suggested
/// actions (<c>imBack</c>), whose titles come back as the user's message.
/// </summary>
public sealed class ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(dialogId, validator)
{
    /// <summary>The style used when the options do not set one.</summary>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    protected override async Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var activity = PromptActivity(options, isRetry) ?? Activity.CreateMessageActivity();
        var choices = options.Choices ?? [];
        activity = ChoiceFactory.ForChannel(turnContext.Activity.ChannelId, activity, choices, options.Style ?? Style);
        await turnContext.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var found = ChoiceRecognizer.Recognize(turnContext.Activity.Text, options.Choices ?? []);
        return Task.FromResult(new PromptRecognizerResult<FoundChoice> { Succeeded = found is not null, Value = found });
    }
}
