using System.Text.Json.Serialization;
using Helpline.Core.Schema;

namespace Helpline.Channels.DirectLine;

/// <summary>Direct Line's <c>ActivitySet</c>: activities after a watermark, and the new watermark.</summary>
public sealed record DirectLineActivitySet(
    [property: JsonPropertyName("activities")] IReadOnlyList<Activity> Activities,
    [property: JsonPropertyName("watermark")] string? Watermark);
