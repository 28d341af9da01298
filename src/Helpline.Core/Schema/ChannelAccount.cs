using System.Text.Json.Serialization;

namespace Helpline.Core.Schema;

/// <summary>A user or bot on a channel (Bot Framework <c>ChannelAccount</c>).</summary>
public sealed class ChannelAccount
{
    public ChannelAccount() { }

    public ChannelAccount(string id, string? name = null, string? role = null)
    {
        Id = id;
        Name = name;
        Role = role;
    }

    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("name")] public string? Name { get; set; }
    /// <summary><c>user</c> or <c>bot</c>.</summary>
    [JsonPropertyName("role")] public string? Role { get; set; }
}
