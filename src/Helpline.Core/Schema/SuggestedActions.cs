using System.Text.Json.Serialization;

namespace Helpline.Core.Schema;

/// <summary>Quick replies shown under a message (Bot Framework <c>SuggestedActions</c>).</summary>
public sealed class SuggestedActions
{
    public SuggestedActions() { }

    public SuggestedActions(IEnumerable<CardAction> actions) => Actions = actions.ToList();

    [JsonPropertyName("to")] public List<string>? To { get; set; }
    [JsonPropertyName("actions")] public List<CardAction> Actions { get; set; } = [];
}
