using System.Collections.Concurrent;

namespace Helpline.Core.State;

/// <summary>The single-process state store: same contract as the Redis one, lost when the process ends.</summary>
public sealed class InMemoryConversationStateStore(TimeProvider timeProvider) : IConversationStateStore
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _version;

    public InMemoryConversationStateStore() : this(TimeProvider.System) { }

    private sealed record Entry(string Json, string ETag, DateTimeOffset ExpiresAt);

    public Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        if (_entries.TryGetValue(key, out var e))
        {
            if (e.ExpiresAt > timeProvider.GetUtcNow()) return Task.FromResult<StoredState?>(new StoredState(e.Json, e.ETag));
            _entries.TryRemove(new KeyValuePair<string, Entry>(key, e));
        }
        return Task.FromResult<StoredState?>(null);
    }

    public Task<string> WriteAsync(string key, string json, string? expectedETag, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(json);
        var now = timeProvider.GetUtcNow();
        var next = new Entry(json, Interlocked.Increment(ref _version).ToString(System.Globalization.CultureInfo.InvariantCulture), now + timeToLive);
        while (true)
        {
            var exists = _entries.TryGetValue(key, out var current) && current.ExpiresAt > now;
            if (expectedETag != "*")
            {
                if (expectedETag is null ? exists : !exists || current!.ETag != expectedETag)
                {
                    throw new StateConcurrencyException(key);
                }
            }
            if (current is null)
            {
                if (_entries.TryAdd(key, next)) return Task.FromResult(next.ETag);
            }
            else if (_entries.TryUpdate(key, next, current))
            {
                return Task.FromResult(next.ETag);
            }
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        _entries.TryRemove(key, out _);
        return Task.FromResult(0);
    }
}
