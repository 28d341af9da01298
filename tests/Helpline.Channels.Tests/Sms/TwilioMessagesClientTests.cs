using System.Net;
using System.Text;
using Helpline.Channels.Sms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Helpline.Channels.Tests.Sms;

/// <summary>The REST client against a local fake of the Messages API (the real one cannot be reached from here).</summary>
public sealed class TwilioMessagesClientTests : IDisposable
{
    private const string AccountSid = "AC11111111111111111111111111111111";
    private const string Path = "/2010-04-01/Accounts/" + AccountSid + "/Messages.json";
    private readonly WireMockServer _twilio = WireMockServer.Start();

    public void Dispose() => _twilio.Stop();

    private TwilioMessagesClient CreateClient(Action<TwilioOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddOptions<TwilioOptions>().Configure(o =>
        {
            o.AccountSid = AccountSid;
            o.AuthToken = "token";
            o.ApiBaseUrl = _twilio.Url!;
            o.MessagingServiceSid = "MG22222222222222222222222222222222";
            configure?.Invoke(o);
        });
        services.AddHttpClient<TwilioMessagesClient>().AddResilienceHandler("twilio", p => p.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = 3,
            Delay = TimeSpan.FromMilliseconds(10),
            BackoffType = DelayBackoffType.Constant,
            ShouldHandle = a => ValueTask.FromResult(a.Outcome.Result is { } r && TwilioMessagesClient.IsTransient(r.StatusCode)),
        }));
        return services.BuildServiceProvider().GetRequiredService<TwilioMessagesClient>();
    }

    [Fact]
    public async Task ASendPostsTheFormWithBasicAuthAndReturnsTheSid()
    {
        _twilio.Given(Request.Create().WithPath(Path).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { sid = "SM123", status = "queued" }));

        var result = await CreateClient().SendAsync("+37369123456", "Bună! Cum te pot ajuta?", "https://h.example/api/sms/twilio/status", CancellationToken.None);

        Assert.True(result.Accepted);
        Assert.Equal("SM123", result.MessageSid);
        var request = Assert.Single(_twilio.LogEntries).RequestMessage;
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(AccountSid + ":token")), request.Headers!["Authorization"].Single());
        var form = System.Web.HttpUtility.ParseQueryString(request.Body!);
        Assert.Equal("+37369123456", form["To"]);
        Assert.Equal("Bună! Cum te pot ajuta?", form["Body"]);
        Assert.Equal("MG22222222222222222222222222222222", form["MessagingServiceSid"]);
        Assert.Null(form["From"]);
        Assert.Equal("https://h.example/api/sms/twilio/status", form["StatusCallback"]);
    }

    [Fact]
    public async Task ThrottlingIsRetriedUntilItSucceeds()
    {
        _twilio.Given(Request.Create().WithPath(Path).UsingPost()).InScenario("throttle").WillSetStateTo("second")
            .RespondWith(Response.Create().WithStatusCode(429).WithBodyAsJson(new { code = 20429, message = "Too Many Requests" }));
        _twilio.Given(Request.Create().WithPath(Path).UsingPost()).InScenario("throttle").WhenStateIs("second")
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { sid = "SM999", status = "queued" }));

        var result = await CreateClient().SendAsync("+40712345678", "hi", null, CancellationToken.None);

        Assert.True(result.Accepted);
        Assert.Equal("SM999", result.MessageSid);
        Assert.Equal(2, _twilio.LogEntries.Count());
    }

    [Fact]
    public async Task ServerErrorsAreRetriedAndAFinalFailureIsReported()
    {
        _twilio.Given(Request.Create().WithPath(Path).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(503));

        var result = await CreateClient().SendAsync("+40712345678", "hi", null, CancellationToken.None);

        Assert.False(result.Accepted);
        Assert.Equal(503, result.HttpStatus);
        Assert.Equal(4, _twilio.LogEntries.Count());
    }

    [Fact]
    public async Task ABadRequestIsNotRetried()
    {
        _twilio.Given(Request.Create().WithPath(Path).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(400).WithBodyAsJson(new { code = 21211, message = "The 'To' number is not a valid phone number." }));

        var result = await CreateClient().SendAsync("not-a-number", "hi", null, CancellationToken.None);

        Assert.False(result.Accepted);
        Assert.Equal("21211", result.ErrorCode);
        Assert.Single(_twilio.LogEntries);
    }

    [Fact]
    public async Task WithoutASenderItRefusesToSend()
    {
        var client = CreateClient(o => { o.MessagingServiceSid = null; o.From = null; });
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendAsync("+40712345678", "hi", null, CancellationToken.None));
        Assert.Empty(_twilio.LogEntries);
    }
}
