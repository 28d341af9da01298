using Helpline.Core.Turns;

namespace Helpline.Core.State;

/// <summary>State of one conversation, keyed <c>{channelId}/conversations/{conversationId}</c>.</summary>
public sealed class ConversationState(IConversationStateStore store, TimeSpan timeToLive) : BotState(store, timeToLive)
{
    public override string GetStorageKey(ITurnContext turnContext) => KeyFor(
        turnContext.Activity.ChannelId ?? throw new InvalidOperationException("The activity has no channelId."),
        turnContext.Activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation id."));

    public static string KeyFor(string channelId, string conversationId) => $"{channelId}/conversations/{conversationId}";
}
