using System.Text.RegularExpressions;
using Helpline.Core.Dialogs;
using Helpline.Core.Dialogs.Choices;
using Helpline.Core.Dialogs.Prompts;
using Helpline.Dialogs.JobOffers;
using Helpline.Dialogs.Understanding;
using Helpline.Locales;
using Microsoft.Extensions.Localization;

namespace Helpline.Dialogs.Dialogs;

/// <summary>
/// "Check a job offer": the offer's text (asked for, or already pasted), who offered it and the age of
/// the person it is for, then the check's answer. The two questions accept any reply: an answer that is
/// not understood is left unknown rather than asked again, so nobody is held up on the way to the answer.
/// </summary>
public sealed partial class JobOfferDialog : HelplineComponentDialog
{
    private const string OfferPrompt = nameof(JobOfferDialog) + ".Offer";
    private const string SourcePrompt = nameof(JobOfferDialog) + ".Source";
    private const string AgePrompt = nameof(JobOfferDialog) + ".Age";
    private const string OfferValue = "offer";
    private const string SourceValue = "source";

    private readonly IStringLocalizer<Strings> _strings;
    private readonly IJobOfferCheck _check;

    public JobOfferDialog(HelplineKeywords keywords, HelpMessage help, IStringLocalizer<Strings> strings, IJobOfferCheck check)
        : base(nameof(JobOfferDialog), keywords, help)
    {
        _strings = strings;
        _check = check;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [OfferStepAsync, SourceStepAsync, AgeStepAsync, AnswerStepAsync]));
        AddDialog(new TextPrompt(OfferPrompt));
        AddDialog(new ChoicePrompt(SourcePrompt, (_, _) => Task.FromResult(true)));
        AddDialog(new TextPrompt(AgePrompt));
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
        await _check.CheckAsync(step.Context, request, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(DialogOutcome.Done, cancellationToken).ConfigureAwait(false);
    }

    [GeneratedRegex(@"(?<!\d)\d{1,2}(?!\d)")]
    private static partial Regex AgeNumber();
}
