using Helpline.Core.Dialogs;
using Helpline.Core.Dialogs.Choices;
using Helpline.Core.Dialogs.Prompts;
using Helpline.Core.Languages;
using Helpline.Core.State;
using Helpline.Dialogs.Culture;
using Helpline.Dialogs.Understanding;
using Helpline.Locales;
using Microsoft.Extensions.Localization;

namespace Helpline.Dialogs.Dialogs;

/// <summary>
/// "Change language": the languages in their own names (numbered on SMS, buttons on web chat). A
/// language asked for by its own name was already switched by the culture middleware; this dialog
/// then only confirms it in the new language.
/// </summary>
public sealed class LanguageDialog : HelplineComponentDialog
{
    private const string LanguagePrompt = nameof(LanguageDialog) + ".Language";

    private readonly IStatePropertyAccessor<ConversationProfile> _profile;
    private readonly IStringLocalizer<Strings> _strings;

    public LanguageDialog(ConversationState conversationState, HelplineKeywords keywords, HelpMessage help, IStringLocalizer<Strings> strings)
        : base(nameof(LanguageDialog), keywords, help)
    {
        _profile = conversationState.CreateProperty<ConversationProfile>(nameof(ConversationProfile));
        _strings = strings;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [AskStepAsync, ApplyStepAsync]));
        AddDialog(new ChoicePrompt(LanguagePrompt, (prompt, _) => Task.FromResult(prompt.Recognized.Succeeded || prompt.AttemptCount >= 2)));
        InitialDialogId = nameof(WaterfallDialog);
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Context.TurnState.Get<TurnCulture>()?.LanguageRequested == true)
        {
            await step.Context.SendActivityAsync(_strings["Language.Changed"].Value, cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(DialogOutcome.LanguageChanged, cancellationToken).ConfigureAwait(false);
        }
        return await step.PromptAsync(LanguagePrompt, new PromptOptions
        {
            Prompt = PromptStyles.Message(_strings["Language.Menu"].Value),
            Choices = [.. Keywords.LanguageChoices()],
            Style = PromptStyles.TextListsChoices(step.Context),
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ApplyStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not FoundChoice found) return await step.EndDialogAsync(DialogOutcome.Done, cancellationToken).ConfigureAwait(false);
        var profile = await _profile.GetAsync(step.Context, () => new ConversationProfile(), cancellationToken).ConfigureAwait(false);
        profile.Language = found.Value;
        profile.LanguageChosen = true;
        ConversationCulture.Apply(step.Context, profile, languageRequested: true);
        await step.Context.SendActivityAsync(_strings["Language.Changed"].Value, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(DialogOutcome.LanguageChanged, cancellationToken).ConfigureAwait(false);
    }
}
