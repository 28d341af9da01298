namespace Helpline.Core.Counselling;

/// <summary>What changed, as pushed to subscribers of <see cref="IQueueNotifications"/>.</summary>
public enum QueueChangeKind
{
    Enqueued,
    Raised,
    Claimed,
    Requeued,
    Transferred,
    Closed,
    Cancelled,

    /// <summary>A transcript entry was added to the conversation of an open ticket.</summary>
    MessageAdded,
}
