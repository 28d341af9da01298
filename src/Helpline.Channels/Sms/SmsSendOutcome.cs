namespace Helpline.Channels.Sms;

/// <summary>How an outbound SMS went: sent (with Twilio's ids), suppressed (the number opted out) or failed (kept).</summary>
public sealed record SmsSendOutcome(string Status, IReadOnlyList<string> MessageSids, int Segments, string? Error)
{
    public bool Sent => Status == Core.Sms.SmsDeliveryStatus.Queued;
}
