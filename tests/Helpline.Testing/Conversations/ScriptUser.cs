using System.Text.Json;
using Helpline.Core.Schema;

namespace Helpline.Testing.Conversations;

/// <summary>A scripted user on SMS (from a phone number of the culture's country) or on web chat (from a page with country and locale).</summary>
public sealed class ScriptUser(string culture, bool sms)
{
    private int _sequence;

    public string Culture { get; } = culture;

    public bool Sms { get; } = sms;

    /// <summary>On SMS a number of the culture's country, unique to this user so scripted users never share a conversation.</summary>
    public string UserId { get; } = sms ? UniqueNumber(culture) : $"web-{Guid.NewGuid():N}";

    public string ConversationId => Sms ? UserId : _webConversationId;

    private readonly string _webConversationId = Guid.NewGuid().ToString("N");

    private static string UniqueNumber(string culture)
    {
        var sample = ScriptSamples.PhoneNumber(culture);
        // Seven random digits: scripted users of one country sharing a server must not meet in one conversation.
        var tail = Random.Shared.Next(0, 10_000_000).ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
        return sample[..^7] + tail;
    }

    public Activity Message(string text)
    {
        var activity = Base(ActivityTypes.Message);
        activity.Text = text;
        return activity;
    }

    /// <summary>What Web Chat sends when the user opens the chat.</summary>
    public Activity JoinWebChat()
    {
        var activity = Base(ActivityTypes.ConversationUpdate);
        activity.MembersAdded = [new ChannelAccount(UserId, role: "user")];
        return activity;
    }

    private Activity Base(string type) => new()
    {
        Type = type,
        Id = $"{ConversationId}-{++_sequence}",
        ChannelId = Sms ? ChannelIds.Sms : ChannelIds.DirectLine,
        From = new ChannelAccount(UserId, role: "user"),
        Recipient = new ChannelAccount("helpline", role: "bot"),
        Conversation = new ConversationAccount(ConversationId),
        Locale = Sms ? null : ScriptSamples.PageLocale(Culture),
        ChannelData = Sms ? null : JsonSerializer.SerializeToElement(new { country = ScriptSamples.Country(Culture) }),
        Timestamp = DateTimeOffset.UtcNow,
    };
}
