namespace Helpline.Channels.DirectLine;

/// <summary>The conversation a start found or created, and whether this was its first start.</summary>
public sealed record DirectLineStart(DirectLineConversation Conversation, bool IsNew);
