using Helpline.Core.Dialogs;
using Helpline.Core.Dialogs.Choices;
using Helpline.Core.Dialogs.Prompts;
using Helpline.Core.Turns;
using Helpline.Dialogs.Advice;
using Helpline.Dialogs.Culture;
using Helpline.Dialogs.Understanding;
using Helpline.Locales;
using Microsoft.Extensions.Localization;

namespace Helpline.Dialogs.Dialogs;

/// <summary>
/// Safe-migration advice: the list of topics (two numbered texts on SMS, buttons on web chat), then the
/// chosen topic's short SMS form or fuller web form. Begun with a topic (a question about it), it answers
/// at once. A reply to the list that is another request (a pasted offer) ends this dialog with it.
/// </summary>
public sealed class AdviceDialog : HelplineComponentDialog
{
    private const string TopicPrompt = nameof(AdviceDialog) + ".Topic";

    private readonly IStringLocalizer<AdviceStrings> _advice;
    private readonly FreeTextUnderstanding _understanding;

    public AdviceDialog(HelplineKeywords keywords, HelpMessage help, IStringLocalizer<AdviceStrings> advice, FreeTextUnderstanding understanding)
        : base(nameof(AdviceDialog), keywords, help)
    {
        _advice = advice;
        _understanding = understanding;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [ChooseStepAsync, AnswerStepAsync]));
        AddDialog(new ChoicePrompt(TopicPrompt, (prompt, _) => Task.FromResult(
            prompt.Recognized.Succeeded || prompt.AttemptCount >= 2 || _understanding.Understand(prompt.Context.Activity.Text) is not null)));
        InitialDialogId = nameof(WaterfallDialog);
    }

    private async Task<DialogTurnResult> ChooseStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var topic = step.OptionsAs<string>();
        if (topic is not null && AdviceTopics.All.Contains(topic))
        {
            return await step.NextAsync(topic, cancellationToken).ConfigureAwait(false);
        }
        var choices = AdviceTopics.All.Select(t => new Choice(t) { Title = _advice[$"Advice.{t}.Title"].Value }).ToList();
        if (PromptStyles.IsSms(step.Context))
        {
            await step.Context.SendActivityAsync(_advice["Advice.Menu.Sms"].Value, cancellationToken).ConfigureAwait(false);
            return await step.PromptAsync(TopicPrompt, new PromptOptions
            {
                Prompt = PromptStyles.Message(_advice["Advice.Menu.Sms2"].Value),
                RetryPrompt = PromptStyles.Message(_advice["Advice.Menu.Sms"].Value + "\n" + _advice["Advice.Menu.Sms2"].Value),
                Choices = choices,
                Style = ListStyle.None,
            }, cancellationToken).ConfigureAwait(false);
        }
        return await step.PromptAsync(TopicPrompt, new PromptOptions
        {
            Prompt = PromptStyles.Message(_advice["Advice.Menu.Prompt"].Value),
            Choices = choices,
            Style = ListStyle.SuggestedAction,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var topic = step.Result switch
        {
            string known => known,
            FoundChoice found => found.Value,
            _ => null,
        };
        if (topic is null)
        {
            var intent = _understanding.Understand(step.Context.Activity.Text);
            if (intent is { Action: HelplineAction.Advice, Topic: { } asked }) topic = asked;
            else if (intent is not null) return await step.EndDialogAsync(intent, cancellationToken).ConfigureAwait(false);
            else return await step.EndDialogAsync(DialogOutcome.Done, cancellationToken).ConfigureAwait(false);
        }
        await SendTopicAsync(step.Context, topic, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(DialogOutcome.Done, cancellationToken).ConfigureAwait(false);
    }

    private async Task SendTopicAsync(ITurnContext turnContext, string topic, CancellationToken cancellationToken)
    {
        var country = ConversationCulture.Current(turnContext).Country;
        var registry = topic == AdviceTopics.CheckEmployer && country is not null
            ? _advice.Optional($"Advice.{topic}.Registry.{country}")
            : null;
        if (PromptStyles.IsSms(turnContext))
        {
            await turnContext.SendActivityAsync(_advice[$"Advice.{topic}.Sms"].Value, cancellationToken).ConfigureAwait(false);
            // The registry line replaces the general second text about licences when the country is known.
            var second = registry ?? _advice.Optional($"Advice.{topic}.Sms2");
            if (second is not null) await turnContext.SendActivityAsync(second, cancellationToken).ConfigureAwait(false);
            return;
        }
        var text = _advice[$"Advice.{topic}.Web"].Value;
        if (registry is not null) text += "\n\n" + registry;
        var reply = turnContext.Activity.CreateReply(text);
        reply.TextFormat = "markdown";
        await turnContext.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
    }
}
