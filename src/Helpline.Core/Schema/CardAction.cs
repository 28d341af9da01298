using System.Text.Json.Serialization;

namespace Helpline.Core.Schema;

/// <summary>A button (Bot Framework <c>CardAction</c>); the helpline uses <c>imBack</c> and <c>openUrl</c>.</summary>
public sealed class CardAction
{
    public CardAction() { }

    public CardAction(string type, string title, object? value)
    {
        Type = type;
        Title = title;
        Value = value;
    }

    public static CardAction ImBack(string title, string value) => new("imBack", title, value);

    [JsonPropertyName("type")] public string Type { get; set; } = "imBack";
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("value")] public object? Value { get; set; }
    [JsonPropertyName("text")] public string? Text { get; set; }
    [JsonPropertyName("displayText")] public string? DisplayText { get; set; }
}
