using System.Text.Json.Serialization;

namespace Helpline.Channels.DirectLine;

/// <summary>Direct Line's <c>Conversation</c> answer: id, token, seconds until it expires, and the stream URL.</summary>
public sealed record DirectLineConversationInfo(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl = null);
