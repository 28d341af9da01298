namespace Helpline.Server.Counselling;

/// <summary>How a message to the user went: delivered to the channel, or not (with a short reason code; an SMS failure is kept by the SMS outbox).</summary>
public sealed record OutboxResult(bool Delivered, string Status, string? Error);
