using Helpline.Core.Dialogs;
using Helpline.Core.State;
using Helpline.Dialogs.Understanding;
using Helpline.Locales;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Helpline.Dialogs.Dialogs;

/// <summary>
/// The first words of a conversation: a greeting and the short privacy notice (free, confidential, how
/// long messages are kept, how to delete them, the emergency number), then the country question when
/// it is still unknown. Ends with the text of an answer to that question that was not a country, if any.
/// </summary>
public sealed class WelcomeDialog : HelplineComponentDialog
{
    private readonly IStatePropertyAccessor<ConversationProfile> _profile;
    private readonly IStringLocalizer<Strings> _strings;
    private readonly IOptions<HelplineOptions> _options;

    public WelcomeDialog(ConversationState conversationState, CountryDialog countryDialog, HelplineKeywords keywords, HelpMessage help, IStringLocalizer<Strings> strings, IOptions<HelplineOptions> options)
        : base(nameof(WelcomeDialog), keywords, help)
    {
        _profile = conversationState.CreateProperty<ConversationProfile>(nameof(ConversationProfile));
        _strings = strings;
        _options = options;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [GreetStepAsync, FinishStepAsync]));
        AddDialog(countryDialog);
        InitialDialogId = nameof(WaterfallDialog);
    }

    private async Task<DialogTurnResult> GreetStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(_strings["Welcome.Greeting"].Value, cancellationToken).ConfigureAwait(false);
        await step.Context.SendActivityAsync(_strings["Welcome.Privacy", _options.Value.RetentionDays].Value, cancellationToken).ConfigureAwait(false);
        var profile = await _profile.GetAsync(step.Context, () => new ConversationProfile(), cancellationToken).ConfigureAwait(false);
        profile.Welcomed = true;
        if (profile.Country is null && !profile.CountryAsked)
        {
            return await step.BeginDialogAsync(nameof(CountryDialog), null, cancellationToken).ConfigureAwait(false);
        }
        return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(step.Result as string, cancellationToken);
}
