using Helpline.Core.Dialogs.Choices;
using Helpline.Core.Schema;
using Helpline.Core.Turns;

namespace Helpline.Core.Dialogs.Prompts;

/// <summary>
/// Asks a yes/no question (Bot Builder's <c>ConfirmPrompt</c>). The words come from
/// <paramref name="choicesForTurn"/> (the conversation's language), so the core holds no user text; on
/// SMS "1"/"2" work as well.
/// </summary>
public sealed class ConfirmPrompt(string dialogId, Func<ITurnContext, ConfirmChoices> choicesForTurn, PromptValidator<bool>? validator = null)
    : Prompt<bool>(dialogId, validator)
{
    public ListStyle Style { get; set; } = ListStyle.Auto;

    protected override async Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var activity = PromptActivity(options, isRetry) ?? Activity.CreateMessageActivity();
        activity = ChoiceFactory.ForChannel(turnContext.Activity.ChannelId, activity, Choices(turnContext), options.Style ?? Style);
        await turnContext.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var found = ChoiceRecognizer.Recognize(turnContext.Activity.Text, Choices(turnContext));
        return Task.FromResult(new PromptRecognizerResult<bool> { Succeeded = found is not null, Value = found?.Index == 0 });
    }

    private Choice[] Choices(ITurnContext turnContext)
    {
        var choices = choicesForTurn(turnContext);
        return [choices.Yes, choices.No];
    }
}
