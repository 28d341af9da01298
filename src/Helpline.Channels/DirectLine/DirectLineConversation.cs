namespace Helpline.Channels.DirectLine;

/// <summary>
/// A web chat conversation as the store keeps it: the user the tokens are bound to, when it started, and
/// the language and country the page chose at the start.
/// </summary>
public sealed record DirectLineConversation(
    string ConversationId,
    string UserId,
    DateTimeOffset CreatedAt,
    string? Locale = null,
    string? Language = null,
    string? Country = null);
