namespace Helpline.Channels.DirectLine;

/// <summary>
/// Tells the holders of a conversation's stream that something new happened (Redis pub/sub between
/// instances, or in this process).
/// </summary>
public interface IDirectLineActivityFeed
{
    Task PublishAsync(DirectLineFeedEvent feedEvent, CancellationToken cancellationToken);

    /// <summary>Calls the handler for every event of the conversation until the subscription is disposed.</summary>
    IDisposable Subscribe(string conversationId, Func<DirectLineFeedEvent, Task> handler);
}
