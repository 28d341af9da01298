namespace Helpline.Server.Console;

/// <summary>One transcript entry for the conversation view.</summary>
public sealed record ConsoleTranscriptLine(long Sequence, DateTimeOffset Time, string Author, string? Counsellor, string Text);
