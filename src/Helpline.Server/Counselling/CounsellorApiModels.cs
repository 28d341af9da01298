namespace Helpline.Server.Counselling;

/// <summary><c>POST /api/counsellor/login</c></summary>
public sealed record LoginRequest(string? Name, string? Password);

/// <summary><c>POST tickets/{id}/messages</c></summary>
public sealed record MessageRequest(string? Text);

/// <summary><c>POST tickets/{id}/transfer</c>: <c>to</c> null for the general queue, or a counsellor's name.</summary>
public sealed record TransferRequest(string? To);

/// <summary><c>POST tickets/{id}/close</c>: an outcome code (advice-given, referred-police, referred-ngo, user-stopped, duplicate, other).</summary>
public sealed record CloseRequest(string? Outcome);

/// <summary>A reply as stored, and whether it reached the user's channel.</summary>
public sealed record MessageResponse(long Sequence, bool Delivered, string DeliveryStatus, string? DeliveryError);

/// <summary>A ticket with its transcript.</summary>
public sealed record TicketDetailResponse(TicketResponse Ticket, IReadOnlyList<TranscriptEntryResponse> Transcript);
