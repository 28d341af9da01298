namespace Helpline.Core.Counselling.InMemory;

/// <summary>Change notices of the in-memory queue, raised synchronously after each change.</summary>
public sealed class InMemoryQueueNotifications(InMemoryCounsellingStore store) : IQueueNotifications
{
    public Task<IAsyncDisposable> SubscribeAsync(Action<QueueChange> handler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var registration = store.AddHandler(handler);
        return Task.FromResult<IAsyncDisposable>(new Subscription(registration));
    }

    private sealed class Subscription(IDisposable registration) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            registration.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
