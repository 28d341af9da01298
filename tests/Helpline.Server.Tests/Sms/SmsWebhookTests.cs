using System.Net;
using System.Xml.Linq;
using Helpline.Channels.Sms;
using Helpline.Core.Sms;
using Helpline.Core.State;
using Helpline.Core.Turns;
using Helpline.Locales;
using Helpline.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using WireMock.Server;

namespace Helpline.Server.Tests.Sms;

/// <summary>The SMS channel through the real HTTP pipeline, on a real Redis, with a bot that counts turns.</summary>
[Collection(RedisCollection.Name)]
public sealed class SmsWebhookTests : IDisposable
{
    private readonly WireMockServer _twilio = WireMockServer.Start();
    private readonly HelplineServerFactory _factory;
    private readonly CountingBot _bot;

    public SmsWebhookTests(RedisServer redis)
    {
        _factory = new HelplineServerFactory(redis, _twilio.Url!, RedisServer.UniquePrefix(nameof(SmsWebhookTests)), services =>
        {
            services.AddSingleton(sp => new ConversationState(sp.GetRequiredService<IConversationStateStore>(), TimeSpan.FromDays(30)));
            services.AddSingleton<CountingBot>();
            services.AddSingleton<IBot>(sp => sp.GetRequiredService<CountingBot>());
        });
        _bot = _factory.Services.GetRequiredService<CountingBot>();
    }

    public void Dispose()
    {
        _factory.Dispose();
        _twilio.Stop();
    }

    private static string[] Messages(string twiml) =>
        XDocument.Parse(twiml).Root!.Elements("Message").Select(m => m.Value).ToArray();

    private static string From() => "+3736" + Random.Shared.Next(1000000, 9999999);

    /// <summary>A string as a user in Moldova (the test numbers' country) reads it before choosing a language: ro-MD.</summary>
    private string InMoldova(string key)
    {
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("ro-MD");
        try
        {
            return _factory.Services.GetRequiredService<IStringLocalizer<Strings>>()[key].Value;
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task ASignedMessageRunsATurnAndIsAnsweredWithTwiml()
    {
        var client = _factory.CreateClient();
        var response = await _factory.PostSmsAsync(client, HelplineServerFactory.InboundSms(From(), "Bună ziua"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["turn 1: 9 chars"], Messages(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task StateIsKeptBetweenTurnsInRedis()
    {
        var client = _factory.CreateClient();
        var from = From();
        await _factory.PostSmsAsync(client, HelplineServerFactory.InboundSms(from, "a"));
        var second = await _factory.PostSmsAsync(client, HelplineServerFactory.InboundSms(from, "bb"));
        Assert.Equal(["turn 2: 2 chars"], Messages(await second.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task AMissingSignatureIsRefusedAndNoTurnRuns()
    {
        var client = _factory.CreateClient();
        var form = HelplineServerFactory.InboundSms(From(), "hello");
        var response = await client.PostAsync(SmsRoutes.Inbound, new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, _bot.Turns);
    }

    [Fact]
    public async Task ATamperedBodyUrlOrTokenIsRefused()
    {
        var client = _factory.CreateClient();
        var form = HelplineServerFactory.InboundSms(From(), "hello");
        var good = TwilioSignature.Compute(HelplineServerFactory.AuthToken, HelplineServerFactory.PublicBaseUrl + SmsRoutes.Inbound, form);
        var tampered = new Dictionary<string, string>(form) { ["Body"] = "hello!" };
        Assert.Equal(HttpStatusCode.Forbidden, (await _factory.PostSmsAsync(client, tampered, signature: good)).StatusCode);
        var otherUrl = TwilioSignature.Compute(HelplineServerFactory.AuthToken, "https://elsewhere.test" + SmsRoutes.Inbound, form);
        Assert.Equal(HttpStatusCode.Forbidden, (await _factory.PostSmsAsync(client, form, signature: otherUrl)).StatusCode);
        var otherToken = TwilioSignature.Compute("another-token", HelplineServerFactory.PublicBaseUrl + SmsRoutes.Inbound, form);
        Assert.Equal(HttpStatusCode.Forbidden, (await _factory.PostSmsAsync(client, form, signature: otherToken)).StatusCode);
        Assert.Equal(0, _bot.Turns);
    }

    [Fact]
    public async Task ARetriedWebhookRunsTheTurnOnceAndGetsTheSameReply()
    {
        var client = _factory.CreateClient();
        var form = HelplineServerFactory.InboundSms(From(), "same message", "SM" + Guid.NewGuid().ToString("N"));
        var first = await (await _factory.PostSmsAsync(client, form)).Content.ReadAsStringAsync();
        var second = await (await _factory.PostSmsAsync(client, form)).Content.ReadAsStringAsync();
        Assert.Equal(first, second);
        Assert.Equal(1, _bot.Turns);
    }

    [Fact]
    public async Task ConcurrentRetriesOfOneMessageStillRunOneTurn()
    {
        var client = _factory.CreateClient();
        var form = HelplineServerFactory.InboundSms(From(), "at once", "SM" + Guid.NewGuid().ToString("N"));
        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => _factory.PostSmsAsync(client, form)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, _bot.Turns);
    }

    [Fact]
    public async Task StopSilencesEveryReplyUntilStartButMessagesAreStillProcessed()
    {
        var client = _factory.CreateClient();
        var from = From();
        var stop = Messages(await (await _factory.PostSmsAsync(client, HelplineServerFactory.InboundSms(from, "STOP"))).Content.ReadAsStringAsync());
        Assert.Equal([InMoldova("OptOut.Confirmed")], stop);
        Assert.True(await _factory.Services.GetRequiredService<ISmsOptOutStore>().IsOptedOutAsync(from));

        // Not the STOP keyword (a whole-message word only). Not a disclosure either: "stop hurting me" would now go to a counsellor, not the bot.
        var silenced = Messages(await (await _factory.PostSmsAsync(client, HelplineServerFactory.InboundSms(from, "stop by later"))).Content.ReadAsStringAsync());
        Assert.Empty(silenced);
        Assert.Equal(1, _bot.Turns);

        var start = Messages(await (await _factory.PostSmsAsync(client, HelplineServerFactory.InboundSms(from, "START"))).Content.ReadAsStringAsync());
        Assert.Equal([InMoldova("OptIn.Confirmed")], start);
        var after = Messages(await (await _factory.PostSmsAsync(client, HelplineServerFactory.InboundSms(from, "hi"))).Content.ReadAsStringAsync());
        Assert.Equal(["turn 2: 2 chars"], after);
    }

    [Fact]
    public async Task HelpAnswersWithTheHelpTextAndTheChildHelpline()
    {
        var client = _factory.CreateClient();
        var form = HelplineServerFactory.InboundSms(From(), "HELP");
        form["FromCountry"] = "MD";
        var messages = Messages(await (await _factory.PostSmsAsync(client, form)).Content.ReadAsStringAsync());
        var text = Assert.Single(messages);
        Assert.Contains("116", text);
        Assert.Contains("112", text);
        Assert.Equal(0, _bot.Turns);
    }

    [Fact]
    public async Task AMediaOnlyMessageGetsAPoliteTextAnswer()
    {
        var client = _factory.CreateClient();
        var form = HelplineServerFactory.InboundSms(From(), "");
        form["NumMedia"] = "1";
        form["MediaUrl0"] = "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1";
        form["MediaContentType0"] = "image/jpeg";
        var messages = Messages(await (await _factory.PostSmsAsync(client, form)).Content.ReadAsStringAsync());
        Assert.Equal([InMoldova("Media.NotSupported")], messages);
    }

    [Fact]
    public async Task AWebhookWithoutMessageSidIsABadRequest()
    {
        var client = _factory.CreateClient();
        var form = HelplineServerFactory.InboundSms(From(), "x");
        form.Remove("MessageSid");
        Assert.Equal(HttpStatusCode.BadRequest, (await _factory.PostSmsAsync(client, form)).StatusCode);
    }

    [Fact]
    public async Task StatusCallbacksAreSignedAndUpdateTheDeliveryLog()
    {
        var client = _factory.CreateClient();
        var log = _factory.Services.GetRequiredService<ISmsDeliveryLog>();
        var now = DateTimeOffset.UtcNow;
        await log.RecordAsync(new SmsDeliveryRecord { Id = Guid.NewGuid().ToString("N"), ConversationId = "c", MessageSid = "SMstatus1", Status = "queued", CreatedAt = now, UpdatedAt = now });
        var form = new Dictionary<string, string> { ["MessageSid"] = "SMstatus1", ["MessageStatus"] = "undelivered", ["ErrorCode"] = "30003", ["AccountSid"] = HelplineServerFactory.AccountSid };

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync(SmsRoutes.StatusCallback, new FormUrlEncodedContent(form))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _factory.PostSmsAsync(client, form, SmsRoutes.StatusCallback)).StatusCode);
        Assert.Contains(await log.ListFailedAsync(50), r => r.MessageSid == "SMstatus1" && r.ErrorCode == "30003");

        var unknown = new Dictionary<string, string>(form) { ["MessageSid"] = "SMnope" };
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.PostSmsAsync(client, unknown, SmsRoutes.StatusCallback)).StatusCode);
    }

    [Fact]
    public async Task HealthChecksRedis()
    {
        var response = await _factory.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
