namespace Helpline.Server.Counselling;

/// <summary>What the user is told about the wait.</summary>
public enum Availability
{
    Online,
    NobodyOnline,
    OutsideHours,
}
