using System.Globalization;
using System.Text.Json;
using Helpline.Core.Privacy;
using Helpline.Core.Schema;
using Microsoft.AspNetCore.Http;

namespace Helpline.Server.Sms;

/// <summary>
/// Turns Twilio's inbound-message webhook into an Activity: channel <c>sms</c>, the conversation keyed by a
/// hash of the sender's number (never the number itself), the number as <c>from.id</c> (replies need it),
/// media as attachments, and Twilio's routing fields (FromCountry, NumMedia) in <c>channelData</c>.
/// </summary>
public sealed class SmsActivityFactory(PhoneHasher hasher, TimeProvider timeProvider)
{
    public static string ConversationIdFor(PhoneHasher hasher, string phoneNumber) => "sms-" + hasher.Hash(phoneNumber);

    public Activity Create(IFormCollection form)
    {
        var from = form["From"].ToString();
        var numMedia = int.TryParse(form["NumMedia"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 0, 10) : 0;
        var attachments = Enumerable.Range(0, numMedia)
            .Select(i => new Attachment
            {
                ContentType = form[$"MediaContentType{i}"].ToString(),
                ContentUrl = form[$"MediaUrl{i}"].ToString(),
            })
            .Where(a => !string.IsNullOrEmpty(a.ContentUrl))
            .ToList();
        var channelData = JsonSerializer.SerializeToElement(new Dictionary<string, object?>
        {
            ["messageSid"] = form["MessageSid"].ToString(),
            ["accountSid"] = form["AccountSid"].ToString(),
            ["fromCountry"] = NullIfEmpty(form["FromCountry"].ToString()),
            ["numMedia"] = numMedia,
            ["numSegments"] = NullIfEmpty(form["NumSegments"].ToString()),
        });
        return new Activity
        {
            Type = ActivityTypes.Message,
            Id = form["MessageSid"].ToString(),
            ChannelId = Core.Schema.ChannelIds.Sms,
            Timestamp = timeProvider.GetUtcNow(),
            From = new ChannelAccount(from, role: "user"),
            Recipient = new ChannelAccount(form["To"].ToString(), role: "bot"),
            Conversation = new ConversationAccount(ConversationIdFor(hasher, from)),
            Text = form["Body"].ToString(),
            TextFormat = "plain",
            Attachments = attachments.Count > 0 ? attachments : null,
            ChannelData = channelData,
        };
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
