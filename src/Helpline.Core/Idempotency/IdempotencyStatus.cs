namespace Helpline.Core.Idempotency;

public enum IdempotencyStatus
{
    /// <summary>First delivery: the caller runs the work and then completes the key.</summary>
    Started,
    /// <summary>Another delivery of the same key is running now.</summary>
    InProgress,
    /// <summary>Already done: <see cref="IdempotencyClaim.Result"/> holds the answer to repeat.</summary>
    Completed,
}
