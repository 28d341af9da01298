namespace Helpline.Core.Sms;

/// <summary>Message statuses (Twilio's names) and which of them mean the message did not arrive.</summary>
public static class SmsDeliveryStatus
{
    public const string Queued = "queued";
    public const string Sent = "sent";
    public const string Delivered = "delivered";
    public const string Undelivered = "undelivered";
    public const string Failed = "failed";
    /// <summary>Not sent because the number opted out (STOP).</summary>
    public const string Suppressed = "suppressed";

    public static bool IsFailure(string status) => status is Failed or Undelivered;
}
