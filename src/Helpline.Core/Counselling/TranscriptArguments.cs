namespace Helpline.Core.Counselling;

/// <summary>Argument checks shared by every transcript store.</summary>
public static class TranscriptArguments
{
    /// <summary>Longest entry kept; longer text is a client error (an SMS thread is far shorter).</summary>
    public const int MaxTextLength = 8_000;

    public static void ValidateAppend(TicketConversation conversation, TranscriptAuthor author, string text, string? counsellor)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        CounsellingArguments.ValidateName(conversation.ChannelId, "ChannelId");
        CounsellingArguments.ValidateName(conversation.ConversationId, "ConversationId");
        if (!Enum.IsDefined(author)) throw new ArgumentOutOfRangeException(nameof(author), author, "Unknown author.");
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxTextLength) throw new ArgumentException($"A transcript entry is at most {MaxTextLength} characters.", nameof(text));
        if (author == TranscriptAuthor.Counsellor) CounsellingArguments.ValidateName(counsellor, nameof(counsellor));
    }
}
