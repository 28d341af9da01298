namespace Helpline.Core.Counselling;

/// <summary>Who wrote a transcript entry.</summary>
public enum TranscriptAuthor
{
    User,
    Bot,
    Counsellor,
    System,
}
