using System.Text;

namespace Helpline.Core.Counselling;

/// <summary>
/// One message of an escalated conversation. <see cref="Sequence"/> starts at 1 and grows by one per entry
/// of the conversation, so a reader can ask for what came after the last entry it has.
/// <see cref="ToString"/> leaves the text out, so a logged entry never carries a message body.
/// </summary>
public sealed record TranscriptEntry(long Sequence, DateTimeOffset Time, TranscriptAuthor Author, string? CounsellorName, string Text)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Sequence = {Sequence}, Time = {Time:O}, Author = {Author}, CounsellorName = {CounsellorName}, Text = <{Text.Length} chars>");
        return true;
    }
}
