using System.Collections.Concurrent;

namespace Helpline.Core.Idempotency;

public sealed class InMemoryIdempotencyStore(TimeProvider timeProvider) : IIdempotencyStore
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public InMemoryIdempotencyStore() : this(TimeProvider.System) { }

    private sealed record Entry(string? Result, DateTimeOffset ExpiresAt);

    public Task<IdempotencyClaim> TryBeginAsync(string key, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        while (true)
        {
            if (_entries.TryGetValue(key, out var existing) && existing.ExpiresAt > now)
            {
                return Task.FromResult(existing.Result is null
                    ? new IdempotencyClaim(IdempotencyStatus.InProgress, null)
                    : new IdempotencyClaim(IdempotencyStatus.Completed, existing.Result));
            }
            var claim = new Entry(null, now + lease);
            if (existing is null ? _entries.TryAdd(key, claim) : _entries.TryUpdate(key, claim, existing))
            {
                return Task.FromResult(new IdempotencyClaim(IdempotencyStatus.Started, null));
            }
        }
    }

    public Task CompleteAsync(string key, string result, TimeSpan retention, CancellationToken cancellationToken = default)
    {
        _entries[key] = new Entry(result, timeProvider.GetUtcNow() + retention);
        return Task.CompletedTask;
    }

    public Task AbandonAsync(string key, CancellationToken cancellationToken = default)
    {
        _entries.TryRemove(key, out _);
        return Task.CompletedTask;
    }
}
