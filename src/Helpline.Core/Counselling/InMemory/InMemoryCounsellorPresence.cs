namespace Helpline.Core.Counselling.InMemory;

/// <summary>Presence in process memory: counsellor name -> online until.</summary>
public sealed class InMemoryCounsellorPresence(TimeProvider timeProvider, TimeSpan timeout) : ICounsellorPresence
{
    private readonly Dictionary<string, DateTimeOffset> _until = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public Task MarkOnlineAsync(string counsellor, CancellationToken cancellationToken)
    {
        lock (_gate) _until[counsellor] = timeProvider.GetUtcNow() + timeout;
        return Task.CompletedTask;
    }

    public Task MarkOfflineAsync(string counsellor, CancellationToken cancellationToken)
    {
        lock (_gate) _until.Remove(counsellor);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> ListOnlineAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        lock (_gate)
        {
            foreach (var gone in _until.Where(p => p.Value <= now).Select(p => p.Key).ToList()) _until.Remove(gone);
            return Task.FromResult<IReadOnlyList<string>>(_until.Keys.Order(StringComparer.Ordinal).ToList());
        }
    }
}
