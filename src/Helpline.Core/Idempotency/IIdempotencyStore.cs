namespace Helpline.Core.Idempotency;

/// <summary>
/// The duplicate-delivery guard: a retried webhook (same MessageSid) runs its turn once and gets the same
/// answer. In memory for single-process mode, in Redis otherwise.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>
    /// Claims <paramref name="key"/> for <paramref name="lease"/>; a claim not completed within the lease (the
    /// instance died) can be taken again.
    /// </summary>
    Task<IdempotencyClaim> TryBeginAsync(string key, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Stores the answer for <paramref name="retention"/>.</summary>
    Task CompleteAsync(string key, string result, TimeSpan retention, CancellationToken cancellationToken = default);

    /// <summary>Releases a claim whose work failed, so a retry runs it again.</summary>
    Task AbandonAsync(string key, CancellationToken cancellationToken = default);
}
