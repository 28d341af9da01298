namespace Helpline.Core.Sms;

/// <summary>
/// What happened to every outbound SMS: accepted, then the status Twilio reports back; a send that
/// finally fails is kept in a failed list that staff can see and resend from, never silently dropped.
/// </summary>
public interface ISmsDeliveryLog
{
    Task RecordAsync(SmsDeliveryRecord record, CancellationToken cancellationToken = default);

    /// <summary>Applies a status callback; returns false when the MessageSid is unknown.</summary>
    Task<bool> UpdateStatusAsync(string messageSid, string status, string? errorCode, CancellationToken cancellationToken = default);

    Task<SmsDeliveryRecord?> FindByMessageSidAsync(string messageSid, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SmsDeliveryRecord>> ListFailedAsync(int max, CancellationToken cancellationToken = default);
}
