namespace Helpline.Server.DirectLine;

/// <summary>What the web chat page sends for a token: the language and country the user picked.</summary>
public sealed record WebChatTokenRequest(string? Language, string? Country);
