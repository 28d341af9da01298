using Helpline.Core.Counselling;

namespace Helpline.Server.Counselling;

/// <summary>A transcript entry as the console sees it.</summary>
public sealed record TranscriptEntryResponse(long Sequence, DateTimeOffset Time, string Author, string? Counsellor, string Text)
{
    public static TranscriptEntryResponse From(TranscriptEntry entry) =>
        new(entry.Sequence, entry.Time, entry.Author.ToString().ToLowerInvariant(), entry.CounsellorName, entry.Text);
}
