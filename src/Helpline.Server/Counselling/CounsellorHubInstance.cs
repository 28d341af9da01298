using System.Collections.Concurrent;

namespace Helpline.Server.Counselling;

/// <summary>
/// This process's hub group and connection counts. Every instance hears every queue change (Redis pub/sub)
/// and pushes it only to the consoles connected to itself, so with the SignalR Redis backplane no console
/// gets a change twice. A counsellor with two consoles open stays online until the last one closes.
/// </summary>
public sealed class CounsellorHubInstance
{
    private readonly ConcurrentDictionary<string, int> _connections = new(StringComparer.Ordinal);

    public string Group { get; } = "instance:" + Guid.NewGuid().ToString("N");

    public void Connected(string counsellor) => _connections.AddOrUpdate(counsellor, 1, (_, n) => n + 1);

    /// <summary>True when this was the counsellor's last connection to this instance.</summary>
    public bool Disconnected(string counsellor)
    {
        var left = _connections.AddOrUpdate(counsellor, 0, (_, n) => Math.Max(0, n - 1));
        if (left > 0) return false;
        _connections.TryRemove(new KeyValuePair<string, int>(counsellor, 0));
        return true;
    }
}
