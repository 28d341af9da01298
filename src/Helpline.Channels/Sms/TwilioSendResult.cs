namespace Helpline.Channels.Sms;

/// <summary>What the Messages API answered: the MessageSid and status, or the error.</summary>
public sealed record TwilioSendResult(bool Accepted, string? MessageSid, string? Status, int HttpStatus, string? ErrorCode, string? ErrorMessage);
