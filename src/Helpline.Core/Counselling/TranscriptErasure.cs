namespace Helpline.Core.Counselling;

/// <summary>What an erasure did: whether part of the conversation was kept because a counsellor ticket is still open.</summary>
public sealed record TranscriptErasure(bool KeptForOpenTicket);
