using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace Helpline.Channels.DirectLine;

/// <summary>
/// The activity feed within one process. The Redis feed delivers what it receives from other instances
/// through <see cref="DeliverAsync"/>.
/// </summary>
public sealed class InMemoryDirectLineActivityFeed(ILogger<InMemoryDirectLineActivityFeed> logger) : IDirectLineActivityFeed
{
    private readonly ConcurrentDictionary<string, ImmutableList<Func<DirectLineFeedEvent, Task>>> _handlers = new(StringComparer.Ordinal);

    public Task PublishAsync(DirectLineFeedEvent feedEvent, CancellationToken cancellationToken) => DeliverAsync(feedEvent);

    public IDisposable Subscribe(string conversationId, Func<DirectLineFeedEvent, Task> handler)
    {
        _handlers.AddOrUpdate(conversationId, _ => [handler], (_, list) => list.Add(handler));
        return new Subscription(this, conversationId, handler);
    }

    /// <summary>Whether any stream of the conversation is held by this process.</summary>
    public bool HasSubscribers(string conversationId) => _handlers.ContainsKey(conversationId);

    public async Task DeliverAsync(DirectLineFeedEvent feedEvent)
    {
        if (!_handlers.TryGetValue(feedEvent.ConversationId, out var handlers)) return;
        foreach (var handler in handlers)
        {
            try
            {
                await handler(feedEvent).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "A Direct Line stream handler failed for a conversation.");
            }
        }
    }

    private void Unsubscribe(string conversationId, Func<DirectLineFeedEvent, Task> handler)
    {
        while (_handlers.TryGetValue(conversationId, out var list))
        {
            var updated = list.Remove(handler);
            if (updated.IsEmpty)
            {
                if (_handlers.TryRemove(new KeyValuePair<string, ImmutableList<Func<DirectLineFeedEvent, Task>>>(conversationId, list))) return;
            }
            else if (_handlers.TryUpdate(conversationId, updated, list))
            {
                return;
            }
        }
    }

    private sealed class Subscription(InMemoryDirectLineActivityFeed feed, string conversationId, Func<DirectLineFeedEvent, Task> handler) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) feed.Unsubscribe(conversationId, handler);
        }
    }
}
