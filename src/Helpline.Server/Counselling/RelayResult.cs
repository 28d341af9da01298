using Helpline.Core.Counselling;

namespace Helpline.Server.Counselling;

/// <summary>A counsellor's reply: whether it was accepted, the transcript entry and how delivery went.</summary>
public sealed record RelayResult(TicketChangeStatus Status, TranscriptEntry? Entry, OutboxResult? Delivery);
