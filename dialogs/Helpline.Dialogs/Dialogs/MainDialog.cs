using Helpline.Core.Dialogs;
using Helpline.Core.Dialogs.Choices;
using Helpline.Core.Dialogs.Prompts;
using Helpline.Core.Languages;
using Helpline.Core.State;
using Helpline.Core.Turns;
using Helpline.Dialogs.Culture;
using Helpline.Dialogs.Understanding;
using Helpline.Locales;
using Microsoft.Extensions.Localization;

namespace Helpline.Dialogs.Dialogs;

/// <summary>
/// The conversation's root: welcome once, then the main menu in a loop (numbered on SMS, suggested
/// actions on web chat). Free text is understood wherever the menu is waiting, and on the first message:
/// a pasted offer starts the check, a question about a topic opens that topic. The words that work
/// anywhere (menu, help, delete, stop, a language's name) are caught here before any inner flow sees them.
/// Each step first sets the turn's culture again from the turn state: a flow that changed the language
/// or the country (ro to ro-MD) changed it in its own async context, which does not flow back to its caller.
/// </summary>
public sealed class MainDialog : HelplineComponentDialog
{
    private const string Flow = nameof(MainDialog) + ".Flow";
    private const string MenuPrompt = nameof(MainDialog) + ".Menu";
    private const string PendingIntent = "intent";

    /// <summary>The menu's entries in order: 1 to 6 as listed in Menu.Sms; 7 (delete) is a button on web chat and a keyword on SMS.</summary>
    public static readonly IReadOnlyList<(HelplineAction Action, string Key)> MenuEntries =
    [
        (HelplineAction.CheckOffer, "Menu.Option.CheckOffer"),
        (HelplineAction.Advice, "Menu.Option.Advice"),
        (HelplineAction.WhoCanHelp, "Menu.Option.WhoCanHelp"),
        (HelplineAction.Counsellor, "Menu.Option.Counsellor"),
        (HelplineAction.Language, "Menu.Option.Language"),
        (HelplineAction.Help, "Menu.Option.Help"),
        (HelplineAction.DeleteData, "Menu.Option.DeleteData"),
    ];

    private readonly IStatePropertyAccessor<ConversationProfile> _profile;
    private readonly IStringLocalizer<Strings> _strings;
    private readonly FreeTextUnderstanding _understanding;

    public MainDialog(
        ConversationState conversationState,
        HelplineKeywords keywords,
        HelpMessage help,
        IStringLocalizer<Strings> strings,
        FreeTextUnderstanding understanding,
        WelcomeDialog welcome,
        JobOfferDialog jobOffer,
        AdviceDialog advice,
        WhoCanHelpDialog whoCanHelp,
        CounsellorRequestDialog counsellor,
        LanguageDialog language,
        DeleteDataDialog deleteData)
        : base(nameof(MainDialog), keywords, help)
    {
        _profile = conversationState.CreateProperty<ConversationProfile>(nameof(ConversationProfile));
        _strings = strings;
        _understanding = understanding;
        AddDialog(new WaterfallDialog(Flow, [WelcomeStepAsync, MenuStepAsync, ActStepAsync, LoopStepAsync]));
        // Every reply to the menu is accepted: what is not a menu entry is understood as free text.
        AddDialog(new ChoicePrompt(MenuPrompt, (_, _) => Task.FromResult(true)));
        AddDialog(welcome);
        AddDialog(jobOffer);
        AddDialog(advice);
        AddDialog(whoCanHelp);
        AddDialog(counsellor);
        AddDialog(language);
        AddDialog(deleteData);
        InitialDialogId = Flow;
    }

    /// <summary>A word that works anywhere: help is answered in place; anything else ends the current flow and is carried out.</summary>
    protected override async Task<DialogTurnResult> OnAnywhereWordAsync(DialogContext innerDc, HelplineIntent intent, CancellationToken cancellationToken)
    {
        if (intent.Action == HelplineAction.Help)
        {
            return await base.OnAnywhereWordAsync(innerDc, intent, cancellationToken).ConfigureAwait(false);
        }
        await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        var options = new MainDialogOptions { Intent = intent.Action == HelplineAction.Menu ? null : intent, Mode = MenuMode.Full };
        return await innerDc.BeginDialogAsync(Flow, options, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> WelcomeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        ConversationCulture.Restore(step.Context);
        var options = step.OptionsAs<MainDialogOptions>();
        var profile = await _profile.GetAsync(step.Context, () => new ConversationProfile(), cancellationToken).ConfigureAwait(false);
        if (options is null)
        {
            // A new start: the message that started it may already say what the user wants.
            var intent = step.Context.Activity.IsMessage ? _understanding.Understand(step.Context.Activity.Text) : null;
            if (intent is null && profile.Welcomed && step.Context.TurnState.Get<TurnCulture>()?.LanguageRequested == true)
            {
                intent = new HelplineIntent(HelplineAction.Language);
            }
            if (intent is not null) step.Values[PendingIntent] = intent;
        }
        if (!profile.Welcomed)
        {
            return await step.BeginDialogAsync(nameof(WelcomeDialog), null, cancellationToken).ConfigureAwait(false);
        }
        return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> MenuStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        ConversationCulture.Restore(step.Context);
        var options = step.OptionsAs<MainDialogOptions>() ?? new MainDialogOptions();
        var intent = step.Values.GetValue<HelplineIntent>(PendingIntent) ?? options.Intent;
        if (intent is null && step.Result is string unanswered)
        {
            // The welcome's country question got a reply that was no country: it may be a request.
            intent = _understanding.Understand(unanswered);
        }
        if (intent is not null) return await step.NextAsync(intent, cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(MenuPrompt, MenuPromptOptions(step.Context, options.Mode), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ActStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        ConversationCulture.Restore(step.Context);
        var intent = step.Result switch
        {
            HelplineIntent known => known,
            FoundChoice { Index: var index } when index < MenuEntries.Count => new HelplineIntent(MenuEntries[index].Action),
            _ => _understanding.Understand(step.Context.Activity.Text),
        };
        if (intent is null)
        {
            return await step.ReplaceDialogAsync(Flow, new MainDialogOptions { Mode = MenuMode.NotUnderstood }, cancellationToken).ConfigureAwait(false);
        }
        switch (intent.Action)
        {
            case HelplineAction.CheckOffer:
                return await step.BeginDialogAsync(nameof(JobOfferDialog), intent.Text, cancellationToken).ConfigureAwait(false);
            case HelplineAction.Advice:
                return await step.BeginDialogAsync(nameof(AdviceDialog), intent.Topic, cancellationToken).ConfigureAwait(false);
            case HelplineAction.WhoCanHelp:
                return await step.BeginDialogAsync(nameof(WhoCanHelpDialog), null, cancellationToken).ConfigureAwait(false);
            case HelplineAction.Counsellor:
                return await step.BeginDialogAsync(nameof(CounsellorRequestDialog), null, cancellationToken).ConfigureAwait(false);
            case HelplineAction.Language:
                return await step.BeginDialogAsync(nameof(LanguageDialog), null, cancellationToken).ConfigureAwait(false);
            case HelplineAction.DeleteData:
                return await step.BeginDialogAsync(nameof(DeleteDataDialog), null, cancellationToken).ConfigureAwait(false);
            case HelplineAction.Help:
                await Help.SendAsync(step.Context, cancellationToken).ConfigureAwait(false);
                return await step.NextAsync(DialogOutcome.Done, cancellationToken).ConfigureAwait(false);
            case HelplineAction.Stop:
                await step.Context.SendActivityAsync(_strings["Stop.Done"].Value, cancellationToken).ConfigureAwait(false);
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            default:
                return await step.ReplaceDialogAsync(Flow, new MainDialogOptions { Mode = MenuMode.Full }, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<DialogTurnResult> LoopStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        ConversationCulture.Restore(step.Context);
        switch (step.Result)
        {
            case DialogOutcome.Erased:
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            case HelplineIntent next:
                return await step.ReplaceDialogAsync(Flow, new MainDialogOptions { Intent = next }, cancellationToken).ConfigureAwait(false);
            case DialogOutcome.LanguageChanged:
                return await step.ReplaceDialogAsync(Flow, new MainDialogOptions { Mode = MenuMode.Full }, cancellationToken).ConfigureAwait(false);
            default:
                return await step.ReplaceDialogAsync(Flow, new MainDialogOptions { Mode = MenuMode.Again }, cancellationToken).ConfigureAwait(false);
        }
    }

    private PromptOptions MenuPromptOptions(ITurnContext turnContext, MenuMode mode)
    {
        var sms = PromptStyles.IsSms(turnContext);
        var text = mode switch
        {
            MenuMode.NotUnderstood => _strings["Menu.NotUnderstood"].Value,
            MenuMode.Again when sms => _strings["Menu.Again"].Value,
            _ when sms => _strings["Menu.Sms"].Value,
            _ => _strings["Menu.Prompt"].Value,
        };
        return new PromptOptions
        {
            Prompt = PromptStyles.Message(text),
            Choices = [.. MenuEntries.Select(e => new Choice(e.Action.ToString()) { Title = _strings[e.Key].Value })],
            Style = sms ? ListStyle.None : ListStyle.SuggestedAction,
        };
    }
}
