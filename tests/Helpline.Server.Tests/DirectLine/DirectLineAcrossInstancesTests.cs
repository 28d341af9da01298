using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Helpline.Channels.DirectLine;
using Helpline.Core.Turns;
using Helpline.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Helpline.Server.Tests.DirectLine;

/// <summary>
/// Two instances of the service on one Redis: a conversation started on one is served by the other, and the
/// stream held by the first receives the reply to a message posted on the second (pub/sub).
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class DirectLineAcrossInstancesTests(RedisServer redis) : IDisposable
{
    private const string Secret = "shared-site-secret-0123456789abcdef";
    private readonly string _prefix = RedisServer.UniquePrefix(nameof(DirectLineAcrossInstancesTests));
    private readonly List<WebApplicationFactory<Program>> _instances = [];

    private WebApplicationFactory<Program> Instance()
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Redis:Configuration", redis.Configuration);
            builder.UseSetting("Redis:KeyPrefix", _prefix);
            builder.UseSetting("Privacy:HashKey", "test-hash-key");
            builder.UseSetting("Twilio:AuthToken", "test-auth-token-0123456789");
            builder.UseSetting("DirectLine:Secret", Secret);
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<IBot>();
                services.AddSingleton<IBot, EchoBot>();
            });
        });
        _instances.Add(factory);
        return factory;
    }

    public void Dispose()
    {
        foreach (var instance in _instances) instance.Dispose();
    }

    [Fact]
    public async Task AConversationStartedOnOneInstanceIsServedAndStreamedByAnother()
    {
        var a = Instance();
        var b = Instance();
        Assert.IsNotType<InMemoryDirectLineStore>(a.Services.GetRequiredService<IDirectLineStore>());
        var clientA = a.CreateClient();
        var clientB = b.CreateClient();

        var issued = (await (await clientA.PostAsJsonAsync("/api/webchat/token", new { language = "uk", country = "UA" }))
            .Content.ReadFromJsonAsync<DirectLineConversationInfo>())!;
        var started = await Send(clientA, HttpMethod.Post, "/v3/directline/conversations", issued.Token);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var info = (await started.Content.ReadFromJsonAsync<DirectLineConversationInfo>())!;

        using var socket = await a.Server.CreateWebSocketClient().ConnectAsync(new Uri(info.StreamUrl!), CancellationToken.None);
        var history = await ReceiveAsync(socket);
        Assert.Equal("welcome uk", history.GetProperty("activities")[0].GetProperty("text").GetString());

        // The second instance knows the conversation and runs the turn; the first streams the reply.
        var posted = await Send(clientB, HttpMethod.Post, $"/v3/directline/conversations/{info.ConversationId}/activities", info.Token,
            new { type = "message", text = "привіт", channelData = new { language = "uk", country = "UA" } });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);

        var texts = new List<string?>();
        while (!texts.Any(t => t?.StartsWith("echo привіт", StringComparison.Ordinal) == true))
        {
            var set = await ReceiveAsync(socket);
            texts.AddRange(set.GetProperty("activities").EnumerateArray()
                .Where(x => x.GetProperty("type").GetString() == "message")
                .Select(x => x.GetProperty("text").GetString()));
        }
        Assert.Contains("привіт", texts);

        // A reload on the second instance reads the whole conversation from Redis.
        var all = await Send(clientB, HttpMethod.Get, $"/v3/directline/conversations/{info.ConversationId}/activities", info.Token);
        var body = await all.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("3", body.GetProperty("watermark").GetString());
    }

    private static async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string url, string token, object? body = null)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body);
        return await client.SendAsync(request);
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
