namespace Helpline.Core.Counselling;

/// <summary>One first claim: how long the ticket waited, and its position when it was enqueued.</summary>
public readonly record struct ClaimWait(TimeSpan Waited, int PositionAtEnqueue);
