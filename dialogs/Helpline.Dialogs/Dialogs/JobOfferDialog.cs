using System.Text.RegularExpressions;
using Helpline.Core.Dialogs;
using Helpline.Core.Dialogs.Choices;
using Helpline.Core.Dialogs.Prompts;
using Helpline.Dialogs.Culture;
using Helpline.Dialogs.JobOffers;
using Helpline.Dialogs.Understanding;
using Helpline.Locales;
using Microsoft.Extensions.Localization;

namespace Helpline.Dialogs.Dialogs;

/// <summary>
/// "Check a job offer": the offer's text (asked for, or already pasted), who offered it and the age of
/// the person it is for, then the check's answer. The two questions accept any reply: an answer that is
/// not understood is left unknown rather than asked again, so nobody is held up on the way to the answer.
/// On SMS the answer's first text ends with "reply 1 for more": a 1 then sends the rest; any other
/// reply ends the check and is understood as a new message.
/// </summary>
public sealed partial class JobOfferDialog : HelplineComponentDialog
{
    private const string OfferPrompt = nameof(JobOfferDialog) + ".Offer";
    private const string SourcePrompt = nameof(JobOfferDialog) + ".Source";
    private const string AgePrompt = nameof(JobOfferDialog) + ".Age";
    private const string MorePrompt = nameof(JobOfferDialog) + ".More";
    private const string OfferValue = "offer";
    private const string SourceValue = "source";
    private const string MoreValue = "more";

    /// <summary>The reply that asks for the rest of an SMS answer.</summary>
    public const string MoreReply = "1";

    private readonly IStringLocalizer<Strings> _strings;
    private readonly IJobOfferCheck _check;
    private readonly FreeTextUnderstanding _understanding;

    public JobOfferDialog(HelplineKeywords keywords, HelpMessage help, IStringLocalizer<Strings> strings, IJobOfferCheck check, FreeTextUnderstanding understanding)
        : base(nameof(JobOfferDialog), keywords, help)
    {
        _strings = strings;
        _check = check;
        _understanding = understanding;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [OfferStepAsync, SourceStepAsync, AgeStepAsync, AnswerStepAsync, MoreStepAsync]));
        AddDialog(new TextPrompt(OfferPrompt));
        AddDialog(new ChoicePrompt(SourcePrompt, (_, _) => Task.FromResult(true)));
        AddDialog(new TextPrompt(AgePrompt));
        // Asks nothing (the answer already says "reply 1 for more") and takes any reply.
        AddDialog(new TextPrompt(MorePrompt, (_, _) => Task.FromResult(true)));
        InitialDialogId = nameof(WaterfallDialog);
    }

    /// <summary>The age in a reply ("16", "I am 16", "16 ani"), when it is a plausible one.</summary>
    public static int? ParseAge(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var match = AgeNumber().Match(text);
        return match.Success && int.TryParse(match.Value, out var age) && age is >= 5 and <= 99 ? age : null;
    }

    private async Task<DialogTurnResult> OfferStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var pasted = step.OptionsAs<string>();
        if (!string.IsNullOrWhiteSpace(pasted)) return await step.NextAsync(pasted, cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(OfferPrompt, new PromptOptions { Prompt = PromptStyles.Message(_strings["Offer.Paste"].Value) }, cancellationToken).ConfigureAwait(false);
    }

    private Task<DialogTurnResult> SourceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values[OfferValue] = (string)step.Result!;
        // SMS: one compact numbered text that fits two segments; web chat: the question and buttons.
        var sms = PromptStyles.IsSms(step.Context);
        return step.PromptAsync(SourcePrompt, new PromptOptions
        {
            Prompt = PromptStyles.Message(_strings[sms ? "Offer.Who.Sms" : "Offer.Who.Prompt"].Value),
            Choices = OfferSources.Choices(_strings),
            Style = sms ? ListStyle.None : ListStyle.SuggestedAction,
        }, cancellationToken);
    }

    private Task<DialogTurnResult> AgeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values[SourceValue] = (step.Result as FoundChoice)?.Value;
        return step.PromptAsync(AgePrompt, new PromptOptions { Prompt = PromptStyles.Message(_strings["Offer.Age"].Value) }, cancellationToken);
    }

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = new JobOfferRequest(
            step.Values.GetValue<string>(OfferValue) ?? "",
            step.Values.GetValue<string>(SourceValue),
            ParseAge(step.Result as string));
        // The offer's text is no longer needed: it is not kept in the conversation state.
        step.Values.Remove(OfferValue);
        var sms = PromptStyles.IsSms(step.Context);
        var reply = _check.Check(request, ConversationCulture.Current(step.Context), sms ? AnswerChannel.Sms : AnswerChannel.Web);
        var activity = step.Context.Activity.CreateReply(reply.Text);
        if (!sms) activity.TextFormat = "markdown";
        await step.Context.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
        if (!sms || reply.More.Count == 0)
        {
            return await step.EndDialogAsync(DialogOutcome.Done, cancellationToken).ConfigureAwait(false);
        }
        step.Values[MoreValue] = reply.More.ToList();
        return await step.PromptAsync(MorePrompt, new PromptOptions(), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> MoreStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var text = step.Result as string;
        if (text?.Trim().TrimEnd('.', '!') != MoreReply)
        {
            var intent = _understanding.Understand(text);
            return await step.EndDialogAsync(intent is null ? DialogOutcome.Done : intent, cancellationToken).ConfigureAwait(false);
        }
        foreach (var more in step.Values.GetValue<List<string>>(MoreValue) ?? [])
        {
            await step.Context.SendActivityAsync(more, cancellationToken).ConfigureAwait(false);
        }
        return await step.EndDialogAsync(DialogOutcome.Done, cancellationToken).ConfigureAwait(false);
    }

    [GeneratedRegex(@"(?<!\d)\d{1,2}(?!\d)")]
    private static partial Regex AgeNumber();
}
