using System.Text;

namespace Helpline.Core.Counselling;

/// <summary>
/// The conversation a ticket belongs to: enough for a channel to reach the user again.
/// <see cref="UserAddressId"/> may be a phone number, so <see cref="ToString"/> leaves it out.
/// </summary>
/// <param name="ChannelId">The channel that owns the conversation, e.g. <c>sms</c> or <c>directline</c>.</param>
/// <param name="ConversationId">The channel's conversation id.</param>
/// <param name="UserAddressId">The user's address in that channel (for SMS the phone number).</param>
public sealed record TicketConversation(string ChannelId, string ConversationId, string UserAddressId)
{
    /// <summary>The conversation's key, <c>{channelId}/{conversationId}</c>; at most one open ticket per key.</summary>
    public string Key => $"{ChannelId}/{ConversationId}";

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"ChannelId = {ChannelId}, ConversationId = {ConversationId}");
        return true;
    }
}
