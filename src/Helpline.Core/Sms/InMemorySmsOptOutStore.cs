using System.Collections.Concurrent;
using Helpline.Core.Privacy;

namespace Helpline.Core.Sms;

public sealed class InMemorySmsOptOutStore(PhoneHasher hasher) : ISmsOptOutStore
{
    private readonly ConcurrentDictionary<string, byte> _optedOut = new(StringComparer.Ordinal);

    public Task<bool> IsOptedOutAsync(string phoneNumber, CancellationToken cancellationToken = default) =>
        Task.FromResult(_optedOut.ContainsKey(hasher.Hash(phoneNumber)));

    public Task OptOutAsync(string phoneNumber, CancellationToken cancellationToken = default)
    {
        _optedOut[hasher.Hash(phoneNumber)] = 1;
        return Task.CompletedTask;
    }

    public Task OptInAsync(string phoneNumber, CancellationToken cancellationToken = default)
    {
        _optedOut.TryRemove(hasher.Hash(phoneNumber), out _);
        return Task.CompletedTask;
    }
}
