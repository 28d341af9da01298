using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Helpline.Channels.DirectLine;
using Helpline.Core.Counselling;
using Helpline.Testing;

namespace Helpline.Server.Tests.Counselling;

/// <summary>The relay on web chat: escalation replies and the counsellor's messages arrive as Direct Line activities.</summary>
[Collection(RedisCollection.Name)]
public sealed class WebChatRelayTests(RedisServer redis) : IDisposable
{
    private readonly CounsellingHarness _h = new(redis, nameof(WebChatRelayTests));

    public void Dispose() => _h.Dispose();

    private async Task<DirectLineConversationInfo> StartAsync(string language, string country)
    {
        var issued = await (await _h.Client.PostAsJsonAsync("/api/webchat/token", new { language, country })).Content.ReadFromJsonAsync<DirectLineConversationInfo>();
        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", issued!.Token);
        var response = await _h.Client.SendAsync(start);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<DirectLineConversationInfo>())!;
    }

    private async Task PostAsync(DirectLineConversationInfo conversation, string text)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversation.ConversationId}/activities")
        {
            Content = JsonContent.Create(new { type = "message", text, from = new { id = "user" } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", conversation.Token);
        Assert.Equal(HttpStatusCode.OK, (await _h.Client.SendAsync(request)).StatusCode);
    }

    /// <summary>The texts the bot side (bot and counsellor) sent, in order.</summary>
    private async Task<List<string>> BotTextsAsync(DirectLineConversationInfo conversation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", conversation.Token);
        var set = await (await _h.Client.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
        return set.GetProperty("activities").EnumerateArray()
            .Where(a => a.GetProperty("type").GetString() == "message" && a.GetProperty("from").GetProperty("role").GetString() != "user")
            .Select(a => a.GetProperty("text").GetString()!)
            .ToList();
    }

    [Fact]
    public async Task AParentsWebChatReachesACounsellorAndTheirRepliesArriveAsActivities()
    {
        await _h.CreateCounsellorAsync("ana");
        await _h.MarkOnlineAsync("ana");
        var conversation = await StartAsync("en", "RO");

        await PostAsync(conversation, "my son went to Poland and stopped answering");
        var texts = await BotTextsAsync(conversation);
        Assert.Contains(_h.Text("en", "P1.FirstLines.Sms", "112", "116 111"), texts);
        Assert.Equal(_h.Text("en", "Queued.Sms", "1", "5", "EXIT"), texts[^1]);

        var api = _h.CounsellorClient(await _h.TokenAsync("ana"));
        var claimed = await (await api.PostAsync("/api/counsellor/tickets/next/claim", null)).Content.ReadFromJsonAsync<JsonElement>();
        var id = claimed.GetProperty("id").GetString();
        Assert.Equal("directline", claimed.GetProperty("channel").GetString());
        var reply = await api.PostAsJsonAsync($"/api/counsellor/tickets/{id}/messages", new { text = "I am here with you. When did you last hear from him?" });
        Assert.True((await reply.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("delivered").GetBoolean());

        texts = await BotTextsAsync(conversation);
        Assert.Equal([_h.Text("en", "CounsellorJoined.Sms"), "I am here with you. When did you last hear from him?"], texts[^2..]);

        await PostAsync(conversation, "three days ago");
        Assert.Equal("I am here with you. When did you last hear from him?", (await BotTextsAsync(conversation))[^1]);

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/counsellor/tickets/{id}/close", new { outcome = "referred-police" })).StatusCode);
        Assert.Equal(_h.Text("en", "Goodbye.Sms"), (await BotTextsAsync(conversation))[^1]);
        var read = await (await api.GetAsync($"/api/counsellor/tickets/{id}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("closed", read.GetProperty("ticket").GetProperty("status").GetString());
        Assert.Contains(read.GetProperty("transcript").EnumerateArray(), e => e.GetProperty("text").GetString() == "three days ago");
    }
}
