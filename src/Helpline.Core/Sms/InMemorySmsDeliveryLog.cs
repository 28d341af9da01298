using System.Collections.Concurrent;

namespace Helpline.Core.Sms;

public sealed class InMemorySmsDeliveryLog(TimeProvider timeProvider) : ISmsDeliveryLog
{
    private readonly ConcurrentDictionary<string, SmsDeliveryRecord> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _idBySid = new(StringComparer.Ordinal);

    public InMemorySmsDeliveryLog() : this(TimeProvider.System) { }

    public Task RecordAsync(SmsDeliveryRecord record, CancellationToken cancellationToken = default)
    {
        _byId[record.Id] = record;
        if (record.MessageSid is not null) _idBySid[record.MessageSid] = record.Id;
        return Task.CompletedTask;
    }

    public Task<bool> UpdateStatusAsync(string messageSid, string status, string? errorCode, CancellationToken cancellationToken = default)
    {
        if (!_idBySid.TryGetValue(messageSid, out var id) || !_byId.TryGetValue(id, out var record)) return Task.FromResult(false);
        _byId[id] = record with { Status = status, ErrorCode = errorCode ?? record.ErrorCode, UpdatedAt = timeProvider.GetUtcNow() };
        return Task.FromResult(true);
    }

    public Task<SmsDeliveryRecord?> FindByMessageSidAsync(string messageSid, CancellationToken cancellationToken = default) =>
        Task.FromResult(_idBySid.TryGetValue(messageSid, out var id) && _byId.TryGetValue(id, out var r) ? r : null);

    public Task<IReadOnlyList<SmsDeliveryRecord>> ListFailedAsync(int max, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<SmsDeliveryRecord>>(_byId.Values
            .Where(r => SmsDeliveryStatus.IsFailure(r.Status))
            .OrderByDescending(r => r.UpdatedAt)
            .Take(max)
            .ToList());
}
