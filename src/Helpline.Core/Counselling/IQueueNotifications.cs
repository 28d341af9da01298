namespace Helpline.Core.Counselling;

/// <summary>
/// Live notice of ticket changes, for pushing updates to counsellor consoles (e.g. a SignalR hub).
/// Best effort: a subscriber that was away reads the current state from the queue instead.
/// Lease renewals are not announced.
/// </summary>
public interface IQueueNotifications
{
    /// <summary>Calls <paramref name="handler"/> for every change until the returned handle is disposed.</summary>
    Task<IAsyncDisposable> SubscribeAsync(Action<QueueChange> handler, CancellationToken cancellationToken);
}
