namespace Helpline.Core.Counselling;

/// <summary>Where a waiting ticket stands: <see cref="Position"/> is 1 for the next one served.</summary>
public sealed record QueuePosition(int Position, int Ahead, TimeSpan EstimatedWait);
