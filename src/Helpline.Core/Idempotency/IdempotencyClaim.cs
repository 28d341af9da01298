namespace Helpline.Core.Idempotency;

/// <summary>The outcome of claiming a delivery key.</summary>
public readonly record struct IdempotencyClaim(IdempotencyStatus Status, string? Result);
