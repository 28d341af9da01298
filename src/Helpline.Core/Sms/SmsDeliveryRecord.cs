namespace Helpline.Core.Sms;

/// <summary>
/// One outbound SMS as the delivery log keeps it: which conversation, the provider's id and status, the
/// number of segments, and on failure the reason. The body is kept only for a failed send (so a person can
/// resend it), under the same retention as transcripts.
/// </summary>
public sealed record SmsDeliveryRecord
{
    public required string Id { get; init; }
    public required string ConversationId { get; init; }
    /// <summary>Twilio's MessageSid, once accepted.</summary>
    public string? MessageSid { get; init; }
    public required string Status { get; init; }
    public int Segments { get; init; }
    public string? ErrorCode { get; init; }
    public string? Error { get; init; }
    public string? To { get; init; }
    public string? Body { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
