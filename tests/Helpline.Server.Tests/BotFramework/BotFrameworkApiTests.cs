using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Helpline.Core.Turns;
using Helpline.Server.Tests.DirectLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Helpline.Server.Tests.BotFramework;

public sealed class BotFrameworkApiTests : IDisposable
{
    private readonly FakeBotFrameworkCloud _cloud = new();
    private readonly WebApplicationFactory<Program> _factory;
    private readonly HttpClient _client;

    public BotFrameworkApiTests()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("BotFramework:AppId", FakeBotFrameworkCloud.AppId);
            builder.UseSetting("BotFramework:AppPassword", "app-password");
            builder.UseSetting("BotFramework:OpenIdMetadataUrl", _cloud.MetadataUrl);
            builder.UseSetting("BotFramework:TokenEndpoint", _cloud.TokenUrl);
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<IBot>();
                services.AddSingleton<IBot, EchoBot>();
            });
        });
        _client = _factory.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        _cloud.Dispose();
    }

    private object Activity(string channelId = "telegram", string? serviceUrl = null) => new
    {
        type = "message",
        id = "act-1",
        channelId,
        serviceUrl = serviceUrl ?? _cloud.ServiceUrl,
        text = "hello from telegram",
        from = new { id = "tg-user", role = "user" },
        recipient = new { id = "helpline-bot", role = "bot" },
        conversation = new { id = "conv-1" },
    };

    private async Task<HttpStatusCode> PostAsync(string? token, object activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _client.SendAsync(request);
        return response.StatusCode;
    }

    private IEnumerable<WireMock.Logging.ILogEntry> ConnectorCalls() =>
        _cloud.Server.LogEntries.Where(e => e.RequestMessage.Path.StartsWith("/connector/", StringComparison.Ordinal));

    [Fact]
    public async Task AnAuthenticActivityIsAnsweredAtItsServiceUrlWithTheAppToken()
    {
        var status = await PostAsync(_cloud.ConnectorToken(), Activity());

        Assert.Equal(HttpStatusCode.OK, status);
        var call = Assert.Single(ConnectorCalls());
        Assert.Equal("/connector/v3/conversations/conv-1/activities/act-1", call.RequestMessage.Path);
        Assert.Equal($"Bearer {FakeBotFrameworkCloud.AppToken}", call.RequestMessage.Headers!["Authorization"].Single());
        using var body = JsonDocument.Parse(call.RequestMessage.Body!);
        Assert.StartsWith("echo hello from telegram from tg-user", body.RootElement.GetProperty("text").GetString());
        Assert.Equal("act-1", body.RootElement.GetProperty("replyToId").GetString());
        Assert.Equal("tg-user", body.RootElement.GetProperty("recipient").GetProperty("id").GetString());

        var tokenCall = Assert.Single(_cloud.Server.LogEntries, e => e.RequestMessage.Path == "/token");
        Assert.Contains("grant_type=client_credentials", tokenCall.RequestMessage.Body);
        Assert.Contains($"client_id={FakeBotFrameworkCloud.AppId}", tokenCall.RequestMessage.Body);
    }

    [Fact]
    public async Task TheAppTokenIsReusedForLaterReplies()
    {
        Assert.Equal(HttpStatusCode.OK, await PostAsync(_cloud.ConnectorToken(), Activity()));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(_cloud.ConnectorToken(), Activity()));
        Assert.Equal(2, ConnectorCalls().Count());
        Assert.Single(_cloud.Server.LogEntries, e => e.RequestMessage.Path == "/token");
    }

    public static TheoryData<string> SpoiledTokens => new() { "missing", "audience", "stranger", "expired", "issuer", "serviceurl", "channel" };

    [Theory]
    [MemberData(nameof(SpoiledTokens))]
    public async Task AnythingButAnAuthenticTokenIsRefusedBeforeTheTurn(string spoiled)
    {
        var token = spoiled switch
        {
            "missing" => null,
            "audience" => _cloud.ConnectorToken(audience: "another-bot"),
            "stranger" => _cloud.ConnectorToken(signedByStranger: true),
            "expired" => _cloud.ConnectorToken(expires: DateTime.UtcNow.AddMinutes(-10)),
            "issuer" => _cloud.ConnectorToken(issuer: "https://evil.example"),
            "serviceurl" => _cloud.ConnectorToken(serviceUrl: "https://evil.example/connector"),
            _ => _cloud.ConnectorToken(),
        };
        var activity = spoiled == "channel" ? Activity(channelId: "msteams") : Activity();

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(token, activity));
        Assert.Empty(ConnectorCalls());
    }
}
