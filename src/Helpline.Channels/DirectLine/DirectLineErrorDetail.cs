using System.Text.Json.Serialization;

namespace Helpline.Channels.DirectLine;

/// <summary>Direct Line's <c>Error</c>: a short code and a message for the developer (never for the user).</summary>
public sealed record DirectLineErrorDetail(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);
