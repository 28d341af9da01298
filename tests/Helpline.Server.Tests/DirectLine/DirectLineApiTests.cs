using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Helpline.Channels.DirectLine;
using Helpline.Core.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Helpline.Server.Tests.DirectLine;

public sealed class DirectLineApiTests(DirectLineServerFactory factory) : IClassFixture<DirectLineServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<DirectLineConversationInfo> WebChatTokenAsync(string language = "ro", string country = "MD")
    {
        var response = await _client.PostAsJsonAsync("/api/webchat/token", new { language, country });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<DirectLineConversationInfo>())!;
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string url, string? token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body);
        using var response = await _client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private async Task<DirectLineConversationInfo> StartedConversationAsync()
    {
        var issued = await WebChatTokenAsync();
        var (status, body) = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", issued.Token);
        Assert.Equal(HttpStatusCode.Created, status);
        return body.Deserialize<DirectLineConversationInfo>()!;
    }

    [Fact]
    public async Task AConversationStartsWithAWelcomeInThePickedCultureAndAStreamUrl()
    {
        var issued = await WebChatTokenAsync("ro", "MD");
        var (status, body) = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", issued.Token);

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(issued.ConversationId, body.GetProperty("conversationId").GetString());
        Assert.StartsWith($"ws://localhost/v3/directline/conversations/{issued.ConversationId}/stream?", body.GetProperty("streamUrl").GetString());
        Assert.InRange(body.GetProperty("expires_in").GetInt32(), 60, 1800);

        var (_, set) = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{issued.ConversationId}/activities", issued.Token);
        var activities = set.GetProperty("activities").EnumerateArray().ToList();
        Assert.Single(activities);
        Assert.Equal("welcome ro-MD", activities[0].GetProperty("text").GetString());
        Assert.Equal("1", set.GetProperty("watermark").GetString());

        var (again, _) = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", issued.Token);
        Assert.Equal(HttpStatusCode.OK, again);
    }

    [Fact]
    public async Task APostedMessageIsAnsweredUnderTheTokensUserNotTheForgedOne()
    {
        var conversation = await StartedConversationAsync();
        var (status, posted) = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token,
            new { type = "message", text = "hello", from = new { id = "someone-else" }, channelData = new { language = "uk", country = "UA", clientActivityID = "c1" } });

        Assert.Equal(HttpStatusCode.OK, status);
        var id = posted.GetProperty("id").GetString();
        Assert.Equal(DirectLineIds.ActivityId(conversation.ConversationId, 2), id);

        var (_, set) = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities?watermark=1", conversation.Token);
        var activities = set.GetProperty("activities").EnumerateArray().ToList();
        Assert.Equal(2, activities.Count);
        var user = activities[0];
        var userId = user.GetProperty("from").GetProperty("id").GetString();
        Assert.StartsWith("dl_", userId);
        Assert.Equal("c1", user.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal($"echo hello from {userId} in uk/UA", activities[1].GetProperty("text").GetString());
        Assert.Equal(id, activities[1].GetProperty("replyToId").GetString());
        Assert.Equal("bot", activities[1].GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("3", set.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task ATokenForOneConversationIsRefusedOnAnother()
    {
        var mine = await StartedConversationAsync();
        var theirs = await StartedConversationAsync();

        foreach (var (method, path) in new[]
                 {
                     (HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}"),
                     (HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}/activities"),
                     (HttpMethod.Post, $"/v3/directline/conversations/{theirs.ConversationId}/activities"),
                 })
        {
            var (status, body) = await SendAsync(method, path, mine.Token, method == HttpMethod.Post ? new { type = "message", text = "x" } : null);
            Assert.Equal(HttpStatusCode.Forbidden, status);
            Assert.Equal("Forbidden", body.GetProperty("error").GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task TamperedOrMissingTokensAreRefused()
    {
        var conversation = await StartedConversationAsync();
        var tampered = conversation.Token[..^2] + (conversation.Token[^2] == 'A' ? "BB" : "AA");
        var (status, body) = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities", tampered);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("TokenExpired", body.GetProperty("error").GetProperty("code").GetString());

        var (none, _) = await SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", null);
        Assert.Equal(HttpStatusCode.Forbidden, none);
    }

    [Fact]
    public async Task RefreshGivesANewTokenForTheSameConversation()
    {
        var conversation = await StartedConversationAsync();
        await Task.Delay(1100); // expiry has a one-second resolution; the new token must differ
        var (status, body) = await SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", conversation.Token);

        Assert.Equal(HttpStatusCode.OK, status);
        var fresh = body.GetProperty("token").GetString()!;
        Assert.NotEqual(conversation.Token, fresh);
        Assert.Equal(conversation.ConversationId, body.GetProperty("conversationId").GetString());
        var (read, _) = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities", fresh);
        Assert.Equal(HttpStatusCode.OK, read);
    }

    [Fact]
    public async Task GeneratingATokenNeedsTheSiteSecret()
    {
        var (without, _) = await SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", "not-the-secret");
        Assert.Equal(HttpStatusCode.Forbidden, without);

        var (with, body) = await SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineServerFactory.Secret);
        Assert.Equal(HttpStatusCode.OK, with);
        var token = body.GetProperty("token").GetString()!;
        Assert.DoesNotContain(DirectLineServerFactory.Secret, token);
        var (started, _) = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);
        Assert.Equal(HttpStatusCode.Created, started);
    }

    [Fact]
    public async Task ReconnectGivesAStreamUrlFromTheClientsWatermark()
    {
        var conversation = await StartedConversationAsync();
        var (status, body) = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}?watermark=1", conversation.Token);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("watermark=1&", body.GetProperty("streamUrl").GetString());

        var (missing, error) = await SendAsync(HttpMethod.Get, "/v3/directline/conversations/nope", DirectLineServerFactory.Secret);
        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Equal("NotFound", error.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task OversizedActivitiesAreRefusedAndPostsAreRateLimited()
    {
        var conversation = await StartedConversationAsync();
        var url = $"/v3/directline/conversations/{conversation.ConversationId}/activities";
        var (wrongType, typeError) = await SendAsync(HttpMethod.Post, url, conversation.Token, new { type = "conversationUpdate" });
        Assert.Equal(HttpStatusCode.BadRequest, wrongType);
        Assert.Equal("BadArgument", typeError.GetProperty("error").GetProperty("code").GetString());

        var (big, body) = await SendAsync(HttpMethod.Post, url, conversation.Token, new { type = "message", text = new string('a', 5000) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big);
        Assert.Equal("MessageSizeTooBig", body.GetProperty("error").GetProperty("code").GetString());

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 9; i++)
        {
            statuses.Add((await SendAsync(HttpMethod.Post, url, conversation.Token, new { type = "message", text = $"m{i}" })).Status);
        }
        // 8 per minute in this configuration; the oversized post was refused before it was counted, the wrong type after.
        Assert.Equal(7, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task TheStreamSendsTheHistoryThenTypingAndTheReply()
    {
        var conversation = await StartedConversationAsync();
        var ws = factory.Server.CreateWebSocketClient();
        using var socket = await ws.ConnectAsync(new Uri(conversation.StreamUrl!), CancellationToken.None);

        var first = await ReceiveAsync(socket);
        Assert.Equal("1", first.GetProperty("watermark").GetString());
        Assert.StartsWith("welcome", first.GetProperty("activities")[0].GetProperty("text").GetString());

        var (status, _) = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token,
            new { type = "message", text = "over the socket" });
        Assert.Equal(HttpStatusCode.OK, status);

        var seen = new List<JsonElement>();
        while (!seen.Any(a => a.GetProperty("type").GetString() == "message" && a.GetProperty("text").GetString()!.StartsWith("echo over the socket")))
        {
            var set = await ReceiveAsync(socket);
            seen.AddRange(set.GetProperty("activities").EnumerateArray());
        }
        Assert.Contains(seen, a => a.GetProperty("type").GetString() == "typing");
        Assert.Contains(seen, a => a.TryGetProperty("text", out var t) && t.GetString() == "over the socket");
    }

    [Fact]
    public async Task ASecondStreamForAConversationEndsTheFirst()
    {
        var conversation = await StartedConversationAsync();
        var ws = factory.Server.CreateWebSocketClient();
        using var first = await ws.ConnectAsync(new Uri(conversation.StreamUrl!), CancellationToken.None);
        await ReceiveAsync(first);
        using var second = await ws.ConnectAsync(new Uri(conversation.StreamUrl!), CancellationToken.None);
        Assert.StartsWith("welcome", (await ReceiveAsync(second)).GetProperty("activities")[0].GetProperty("text").GetString());

        var ended = false;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var result = await first.ReceiveAsync(new byte[1024], timeout.Token);
            ended = result.MessageType == WebSocketMessageType.Close;
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException)
        {
            ended = ex is not OperationCanceledException;
        }
        Assert.True(ended, "the first stream should have been ended");
    }

    [Fact]
    public async Task AStreamForAnotherConversationIsRefused()
    {
        var mine = await StartedConversationAsync();
        var theirs = await StartedConversationAsync();
        var ws = factory.Server.CreateWebSocketClient();
        var url = theirs.StreamUrl!.Replace(Uri.EscapeDataString(theirs.Token), Uri.EscapeDataString(mine.Token));
        await Assert.ThrowsAnyAsync<Exception>(() => ws.ConnectAsync(new Uri(url), CancellationToken.None));
    }

    [Fact]
    public async Task TheOutboxReachesAWebChatConversationOutsideATurn()
    {
        var conversation = await StartedConversationAsync();
        var outbox = factory.Services.GetRequiredService<IDirectLineOutbox>();
        var id = await outbox.SendAsync(conversation.ConversationId, Activity.CreateMessageActivity("a counsellor is here"), CancellationToken.None);
        Assert.Equal(DirectLineIds.ActivityId(conversation.ConversationId, 2), id);
        Assert.Null(await outbox.SendAsync("no-such-conversation", Activity.CreateMessageActivity("x"), CancellationToken.None));

        var (_, set) = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities?watermark=1", conversation.Token);
        var reply = set.GetProperty("activities")[0];
        Assert.Equal("a counsellor is here", reply.GetProperty("text").GetString());
        Assert.Equal("bot", reply.GetProperty("from").GetProperty("role").GetString());
    }

    [Fact]
    public async Task ThePageHasAStrictPolicyAndNoInlineScript()
    {
        var response = await _client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        var html = await response.Content.ReadAsStringAsync();
        var scripts = Regex.Matches(html, "<script[^>]*>(.*?)</script>", RegexOptions.Singleline);
        Assert.NotEmpty(scripts);
        Assert.All(scripts, m => Assert.True(m.Groups[1].Value.Trim().Length == 0 && m.Value.Contains("src=\"/"), m.Value));

        var bundle = await _client.GetAsync("/lib/botframework-webchat/webchat-minimal.js");
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
    }

    [Theory]
    [InlineData("sq", "Dalje e shpejtë")]
    [InlineData("ro", "Ieșire rapidă")]
    [InlineData("ro-MD", "Ieșire rapidă")]
    [InlineData("uk", "Швидкий вихід")]
    [InlineData("ru", "Быстрый выход")]
    [InlineData("en", "Quick exit")]
    public async Task ThePageStringsComeInEveryCultureWithEveryKey(string culture, string quickExit)
    {
        var english = await StringsAsync("en");
        var strings = await StringsAsync(culture);
        Assert.Equal(quickExit, strings["Page.QuickExit"]);
        Assert.Equal(english.Keys.Order(), strings.Keys.Order());
        Assert.True(english.Keys.Count(k => k.StartsWith("WebChat.", StringComparison.Ordinal)) >= 10);
    }

    private async Task<Dictionary<string, string>> StringsAsync(string culture)
    {
        var body = await _client.GetFromJsonAsync<JsonElement>($"/api/webchat/strings?culture={culture}");
        return body.GetProperty("strings").Deserialize<Dictionary<string, string>>()!;
    }

    private static async Task<JsonElement> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            if (result.EndOfMessage && text.Length > 0) return JsonDocument.Parse(text.ToString()).RootElement.Clone();
        }
    }
}
