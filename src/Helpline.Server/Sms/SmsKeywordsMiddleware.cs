using Helpline.Channels.Sms;
using Helpline.Core.Languages;
using Helpline.Core.Schema;
using Helpline.Core.Sms;
using Helpline.Core.Turns;
using Helpline.Dialogs.Directory;
using Helpline.Locales;
using Microsoft.Extensions.Localization;

namespace Helpline.Server.Sms;

/// <summary>
/// SMS rules that come before the conversation: a whole-message STOP (or local equivalent) stops all SMS
/// to the number until START; HELP answers with the help text and the child helpline; a media-only
/// message gets a polite text answer. Any other message goes on (the safety screen sees it) but, while the
/// number is opted out, no reply is sent to it. Runs after the culture is chosen, so answers are in the
/// user's language.
/// </summary>
public sealed class SmsKeywordsMiddleware(
    SmsKeywords keywords,
    ISmsOptOutStore optOuts,
    HelplineDirectory directory,
    IStringLocalizer<Strings> strings) : Core.Turns.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (!Core.Schema.ChannelIds.IsSms(activity.ChannelId) || !activity.IsMessage || activity.From is null)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }
        var number = activity.From!.Id;
        switch (keywords.Classify(activity.Text))
        {
            case SmsKeyword.OptOut:
                await optOuts.OptOutAsync(number, cancellationToken).ConfigureAwait(false);
                await turnContext.SendActivityAsync(strings["OptOut.Confirmed"], cancellationToken).ConfigureAwait(false);
                return;
            case SmsKeyword.OptIn:
                await optOuts.OptInAsync(number, cancellationToken).ConfigureAwait(false);
                await turnContext.SendActivityAsync(strings["OptIn.Confirmed"], cancellationToken).ConfigureAwait(false);
                return;
            case SmsKeyword.Help when !await optOuts.IsOptedOutAsync(number, cancellationToken).ConfigureAwait(false):
                var childHelpline = directory.ChildHelpline(turnContext.TurnState.Get<TurnCulture>()?.Country)?.Number ?? "";
                await turnContext.SendActivityAsync(strings["Help.Text", childHelpline], cancellationToken).ConfigureAwait(false);
                return;
        }

        if (await optOuts.IsOptedOutAsync(number, cancellationToken).ConfigureAwait(false))
        {
            // The message is still screened and, if it needs a counsellor, queued; only the replies are held back.
            turnContext.OnSendActivities((_, _, _) => Task.CompletedTask);
        }
        else if (string.IsNullOrWhiteSpace(activity.Text) && activity.Attachments is { Count: > 0 })
        {
            await turnContext.SendActivityAsync(strings["Media.NotSupported"], cancellationToken).ConfigureAwait(false);
            return;
        }
        await next(cancellationToken).ConfigureAwait(false);
    }
}
