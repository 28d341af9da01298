using System.Text.Json.Serialization;

namespace Helpline.Channels.DirectLine;

/// <summary>Direct Line's <c>ErrorResponse</c>: <c>{"error": {"code": "...", "message": "..."}}</c>.</summary>
public sealed record DirectLineError([property: JsonPropertyName("error")] DirectLineErrorDetail Error)
{
    public static DirectLineError Of(string code, string message) => new(new DirectLineErrorDetail(code, message));
}
