using Helpline.Channels.DirectLine;
using Helpline.Channels.Sms;
using Helpline.Core.Counselling;
using Helpline.Core.Schema;

namespace Helpline.Server.Counselling;

/// <summary>
/// Sends a message to the user outside a turn through the channel that owns the conversation: SMS
/// through the Messages REST API (<see cref="SmsOutbox"/>, to the number kept with the ticket), web chat
/// as a Direct Line activity.
/// </summary>
public sealed partial class ConversationOutbox(SmsOutbox sms, ILogger<ConversationOutbox> logger, IDirectLineOutbox? directLine = null)
{
    public async Task<OutboxResult> SendAsync(TicketConversation conversation, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentException.ThrowIfNullOrEmpty(text);
        if (Core.Schema.ChannelIds.IsSms(conversation.ChannelId))
        {
            var outcome = await sms.SendAsync(conversation.ConversationId, conversation.UserAddressId, text, cancellationToken).ConfigureAwait(false);
            if (!outcome.Sent) LogNotDelivered(conversation.ChannelId, conversation.ConversationId, outcome.Status);
            return new OutboxResult(outcome.Sent, outcome.Status, outcome.Error);
        }
        if (string.Equals(conversation.ChannelId, Core.Schema.ChannelIds.DirectLine, StringComparison.OrdinalIgnoreCase) && directLine is not null)
        {
            var id = await directLine.SendAsync(conversation.ConversationId, Activity.CreateMessageActivity(text), cancellationToken).ConfigureAwait(false);
            if (id is null)
            {
                LogNotDelivered(conversation.ChannelId, conversation.ConversationId, "gone");
                return new OutboxResult(false, "failed", "conversation-gone");
            }
            return new OutboxResult(true, "sent", null);
        }
        LogNotDelivered(conversation.ChannelId, conversation.ConversationId, "unsupported-channel");
        return new OutboxResult(false, "failed", "unsupported-channel");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A message to {ChannelId} conversation {ConversationId} was not delivered: {Status}.")]
    private partial void LogNotDelivered(string channelId, string conversationId, string status);
}
