using Helpline.Core;
using Helpline.Core.Dialogs;
using Helpline.Core.Dialogs.Choices;
using Helpline.Core.Dialogs.Prompts;
using Helpline.Core.State;
using Helpline.Dialogs.Culture;
using Helpline.Dialogs.Understanding;
using Helpline.Locales;
using Microsoft.Extensions.Localization;

namespace Helpline.Dialogs.Dialogs;

/// <summary>
/// Asks the user's country once, when neither the phone number nor the page told it. Any answer is
/// accepted: a number sets the country (Romanian in Moldova then reads ro-MD); anything else leaves it
/// unknown and is handed back (the dialog's result) so the main dialog can understand it as a message.
/// </summary>
public sealed class CountryDialog : HelplineComponentDialog
{
    /// <summary>The value of "another country".</summary>
    public const string Other = "other";

    private const string CountryPrompt = nameof(CountryDialog) + ".Country";

    private readonly IStatePropertyAccessor<ConversationProfile> _profile;
    private readonly IStringLocalizer<Strings> _strings;

    public CountryDialog(ConversationState conversationState, HelplineKeywords keywords, HelpMessage help, IStringLocalizer<Strings> strings)
        : base(nameof(CountryDialog), keywords, help)
    {
        _profile = conversationState.CreateProperty<ConversationProfile>(nameof(ConversationProfile));
        _strings = strings;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [AskStepAsync, SaveStepAsync]));
        AddDialog(new ChoicePrompt(CountryPrompt, (_, _) => Task.FromResult(true)));
        InitialDialogId = nameof(WaterfallDialog);
    }

    /// <summary>The answers, in the order of Country.Ask's numbered list.</summary>
    public static IReadOnlyList<Choice> Choices { get; } =
        [.. HelplineCountries.Served.Select(c => new Choice(c)), new Choice(Other)];

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = await _profile.GetAsync(step.Context, () => new ConversationProfile(), cancellationToken).ConfigureAwait(false);
        profile.CountryAsked = true;
        return await step.PromptAsync(CountryPrompt, new PromptOptions
        {
            Prompt = PromptStyles.Message(_strings["Country.Ask"].Value),
            Choices = [.. Choices],
            Style = ListStyle.None,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> SaveStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not FoundChoice found)
        {
            return await step.EndDialogAsync(step.Context.Activity.Text, cancellationToken).ConfigureAwait(false);
        }
        if (HelplineCountries.Normalize(found.Value) is { } country)
        {
            var profile = await _profile.GetAsync(step.Context, () => new ConversationProfile(), cancellationToken).ConfigureAwait(false);
            profile.Country = country;
            profile.CountrySource = "asked";
            ConversationCulture.Apply(step.Context, profile);
        }
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
