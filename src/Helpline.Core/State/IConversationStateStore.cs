namespace Helpline.Core.State;

/// <summary>
/// Conversation and user state by key, with an ETag for optimistic concurrency (Bot Builder's
/// <c>IStorage</c>): two instances of the service never overwrite each other's turn.
/// Implemented in memory (single-process mode) and in Redis.
/// </summary>
public interface IConversationStateStore
{
    Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes <paramref name="json"/> if the stored ETag is still <paramref name="expectedETag"/> (null: only if
    /// the key does not exist yet; "*": unconditionally) and returns the new ETag. The document expires after
    /// <paramref name="timeToLive"/> (the retention period), renewed by every write.
    /// </summary>
    /// <exception cref="StateConcurrencyException">The stored ETag differs.</exception>
    Task<string> WriteAsync(string key, string json, string? expectedETag, TimeSpan timeToLive, CancellationToken cancellationToken = default);

    Task DeleteAsync(string key, CancellationToken cancellationToken = default);
}
