namespace Helpline.Server.Counselling;

/// <summary>
/// This process's hub group. Every instance hears every queue change (Redis pub/sub) and pushes it only to
/// the consoles connected to itself, so with the SignalR Redis backplane no console gets a change twice.
/// </summary>
public sealed class CounsellorHubInstance
{
    public string Group { get; } = "instance:" + Guid.NewGuid().ToString("N");
}
