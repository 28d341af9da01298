using Helpline.Core.Turns;

namespace Helpline.Core.State;

/// <summary>State of one user on one channel, keyed <c>{channelId}/users/{userId}</c>.</summary>
public sealed class UserState(IConversationStateStore store, TimeSpan timeToLive) : BotState(store, timeToLive)
{
    public override string GetStorageKey(ITurnContext turnContext) =>
        $"{turnContext.Activity.ChannelId ?? throw new InvalidOperationException("The activity has no channelId.")}/users/" +
        (turnContext.Activity.From?.Id ?? throw new InvalidOperationException("The activity has no from id."));
}
