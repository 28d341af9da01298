using Helpline.Core.Counselling;
using Helpline.Core.Turns;
using Helpline.Locales;
using Microsoft.Extensions.Localization;

namespace Helpline.Server.Counselling;

/// <summary>
/// After the safety screen: when the conversation has an open ticket (waiting or claimed), the message
/// goes to the transcript and to the counsellor's console, and the bot stays silent. The one exception
/// is a whole-message cancel word while the ticket still waits: the request is withdrawn and the user
/// told so. Without an open ticket the bot runs as usual.
/// </summary>
public sealed partial class HandoffRouter(
    ICounsellorQueue queue,
    TurnTranscript transcript,
    CancelWords cancelWords,
    CounsellorNotifier notifier,
    IStringLocalizer<EscalationStrings> strings,
    ILogger<HandoffRouter> logger) : Core.Turns.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var conversation = turnContext.Activity.IsMessage ? TurnTranscript.ConversationOf(turnContext) : null;
        var ticket = conversation is null ? null : await queue.FindOpenAsync(conversation, cancellationToken).ConfigureAwait(false);
        if (conversation is null || ticket is null)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        transcript.RecordReplies(turnContext, conversation);
        var entry = await transcript.AppendUserMessageAsync(turnContext, conversation, cancellationToken).ConfigureAwait(false);
        if (ticket.Status == TicketStatus.Waiting && cancelWords.IsCancel(turnContext.Activity.Text))
        {
            var change = await queue.CancelByUserAsync(ticket.Id, cancellationToken).ConfigureAwait(false);
            if (change.Succeeded)
            {
                LogCancelled(ticket.Id);
                await turnContext.SendActivityAsync(strings["Cancelled.Sms"].Value, cancellationToken).ConfigureAwait(false);
                return;
            }
            // A counsellor took it meanwhile: they read the message and close the conversation.
            ticket = change.Ticket ?? ticket;
        }
        if (entry is not null) await notifier.UserMessageAsync(ticket, entry, cancellationToken).ConfigureAwait(false);
        LogRouted(turnContext.Activity.Id, ticket.Id, ticket.Status);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ticket {TicketId}: the user withdrew the request.")]
    private partial void LogCancelled(string ticketId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Message {ActivityId} went to ticket {TicketId} ({Status}); the bot stays silent.")]
    private partial void LogRouted(string? activityId, string ticketId, TicketStatus status);
}
