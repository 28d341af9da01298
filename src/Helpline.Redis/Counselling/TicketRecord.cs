using System.Globalization;
using System.Text.Json;
using Helpline.Core.Counselling;

namespace Helpline.Redis.Counselling;

/// <summary>
/// A ticket as stored in Redis: a JSON object of strings ('' = none), read and changed by the Lua
/// scripts with cjson. Times are Unix milliseconds.
/// </summary>
internal sealed class TicketRecord
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public string Id { get; set; } = "";
    public string ChannelId { get; set; } = "";
    public string ConversationId { get; set; } = "";
    public string UserAddressId { get; set; } = "";
    public string Priority { get; set; } = "";
    public string Culture { get; set; } = "";
    public string Country { get; set; } = "";
    public string Categories { get; set; } = "";
    public string EnqueuedMs { get; set; } = "";
    public string Score { get; set; } = "";
    public string Status { get; set; } = "";
    public string Counsellor { get; set; } = "";
    public string LeaseMs { get; set; } = "";
    public string AssignedTo { get; set; } = "";
    public string AssignedUntilMs { get; set; } = "";
    public string ClaimedMs { get; set; } = "";
    public string ClosedMs { get; set; } = "";
    public string Outcome { get; set; } = "";
    public string PositionAtEnqueue { get; set; } = "";
    public string Claims { get; set; } = "";

    public static string NewTicketJson(TicketRequest request) => JsonSerializer.Serialize(new TicketRecord
    {
        ChannelId = request.Conversation.ChannelId,
        ConversationId = request.Conversation.ConversationId,
        UserAddressId = request.Conversation.UserAddressId,
        Priority = ((int)request.Priority).ToString(CultureInfo.InvariantCulture),
        Culture = request.Culture,
        Country = request.Country ?? "",
        Categories = string.Join(',', request.SafetyCategories),
    }, Json);

    public static CounsellorTicket Parse(string json)
    {
        var r = JsonSerializer.Deserialize<TicketRecord>(json, Json) ?? throw new InvalidDataException("Empty ticket record.");
        return new CounsellorTicket
        {
            Id = r.Id,
            Conversation = new TicketConversation(r.ChannelId, r.ConversationId, r.UserAddressId),
            Priority = (TicketPriority)int.Parse(r.Priority, CultureInfo.InvariantCulture),
            Culture = r.Culture,
            Country = NullIfEmpty(r.Country),
            SafetyCategories = r.Categories.Length == 0 ? [] : r.Categories.Split(','),
            EnqueuedAt = Time(r.EnqueuedMs) ?? throw new InvalidDataException("A ticket without an enqueue time."),
            Status = r.Status switch
            {
                "waiting" => TicketStatus.Waiting,
                "claimed" => TicketStatus.Claimed,
                "closed" => TicketStatus.Closed,
                "cancelled" => TicketStatus.Cancelled,
                _ => throw new InvalidDataException("Unknown ticket status."),
            },
            Counsellor = NullIfEmpty(r.Counsellor),
            LeaseExpiresAt = Time(r.LeaseMs),
            AssignedTo = NullIfEmpty(r.AssignedTo),
            AssignedUntil = Time(r.AssignedUntilMs),
            ClaimedAt = Time(r.ClaimedMs),
            ClosedAt = Time(r.ClosedMs),
            Outcome = TicketOutcomes.TryParse(r.Outcome, out var outcome) ? outcome : null,
        };
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static DateTimeOffset? Time(string ms) =>
        ms.Length == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(ms, NumberStyles.Integer, CultureInfo.InvariantCulture));
}
