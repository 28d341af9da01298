using Helpline.Core.Turns;

namespace Helpline.Core.Counselling;

/// <summary>The ticket conversation a turn belongs to.</summary>
public static class TurnConversation
{
    /// <summary>The turn's channel, conversation and sender, or null when the activity lacks one of them.</summary>
    public static TicketConversation? Of(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (string.IsNullOrEmpty(activity.ChannelId) || string.IsNullOrEmpty(activity.Conversation?.Id) || string.IsNullOrEmpty(activity.From?.Id))
        {
            return null;
        }
        return new TicketConversation(activity.ChannelId, activity.Conversation.Id, activity.From.Id);
    }
}
