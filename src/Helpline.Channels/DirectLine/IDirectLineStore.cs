using Helpline.Core.Schema;

namespace Helpline.Channels.DirectLine;

/// <summary>
/// Where web chat conversations and their activities live, so any instance serves any conversation.
/// Each conversation's activities are a sequence; an activity's watermark is its position (1, 2, 3...),
/// and its id is <see cref="DirectLineIds.ActivityId"/>. Everything expires after the retention period
/// since the last change.
/// </summary>
public interface IDirectLineStore
{
    /// <summary>Creates the conversation; false when one with that id exists already (it is left as it is).</summary>
    Task<bool> CreateConversationAsync(DirectLineConversation conversation, CancellationToken cancellationToken);

    Task<DirectLineConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>True the first time it is called for an existing conversation (its start), false ever after.</summary>
    Task<bool> TryMarkStartedAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Appends the activity as one atomic step and returns its watermark, or null when the conversation
    /// does not exist or holds its maximum of activities already. The stored copy gets its id from the watermark.
    /// </summary>
    Task<long?> AppendActivityAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> activities after the watermark (0 = from the start), in order.</summary>
    Task<DirectLineActivitySet> GetActivitiesAsync(string conversationId, long afterWatermark, int max, CancellationToken cancellationToken);
}
