using System.Text.Json.Serialization;

namespace Helpline.Core.Schema;

/// <summary>A media or card attachment (Bot Framework <c>Attachment</c>).</summary>
public sealed class Attachment
{
    [JsonPropertyName("contentType")] public string ContentType { get; set; } = "";
    [JsonPropertyName("contentUrl")] public string? ContentUrl { get; set; }
    [JsonPropertyName("content")] public object? Content { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("thumbnailUrl")] public string? ThumbnailUrl { get; set; }
}
