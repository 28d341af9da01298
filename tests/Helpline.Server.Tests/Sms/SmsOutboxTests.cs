using System.Web;
using Helpline.Channels.Sms;
using Helpline.Core.Sms;
using Helpline.Testing;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Helpline.Server.Tests.Sms;

/// <summary>Messages sent outside a webhook reply (a counsellor's answer), against a fake Twilio.</summary>
[Collection(RedisCollection.Name)]
public sealed class SmsOutboxTests : IDisposable
{
    private const string MessagesPath = "/2010-04-01/Accounts/" + HelplineServerFactory.AccountSid + "/Messages.json";
    private readonly WireMockServer _twilio = WireMockServer.Start();
    private readonly HelplineServerFactory _factory;

    public SmsOutboxTests(RedisServer redis) =>
        _factory = new HelplineServerFactory(redis, _twilio.Url!, RedisServer.UniquePrefix(nameof(SmsOutboxTests)));

    public void Dispose()
    {
        _factory.Dispose();
        _twilio.Stop();
    }

    [Fact]
    public async Task ASentMessageIsRecordedWithItsSidAndSegmentsAndAsksForStatusCallbacks()
    {
        _twilio.Given(Request.Create().WithPath(MessagesPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { sid = "SMout1", status = "queued" }));
        var outbox = _factory.Services.GetRequiredService<SmsOutbox>();

        var outcome = await outbox.SendAsync("sms-c1", "+40712345678", "Salut, sunt consilierul tău. Ești în siguranță acum?", CancellationToken.None);

        Assert.True(outcome.Sent);
        Assert.Equal(["SMout1"], outcome.MessageSids);
        Assert.Equal(1, outcome.Segments);
        var form = HttpUtility.ParseQueryString(Assert.Single(_twilio.LogEntries).RequestMessage.Body!);
        Assert.Equal(HelplineServerFactory.PublicBaseUrl + SmsRoutes.StatusCallback, form["StatusCallback"]);
        Assert.Equal("+37322000000", form["From"]);
        var record = await _factory.Services.GetRequiredService<ISmsDeliveryLog>().FindByMessageSidAsync("SMout1");
        Assert.Equal("queued", record!.Status);
    }

    [Fact]
    public async Task AFinallyFailedSendIsKeptWithItsBodyInTheFailedList()
    {
        _twilio.Given(Request.Create().WithPath(MessagesPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(400).WithBodyAsJson(new { code = 21211, message = "Invalid 'To' Phone Number" }));
        var outbox = _factory.Services.GetRequiredService<SmsOutbox>();
        var body = "Mesaj important " + Guid.NewGuid();

        var outcome = await outbox.SendAsync("sms-c2", "+40700000000", body, CancellationToken.None);

        Assert.False(outcome.Sent);
        var failed = await _factory.Services.GetRequiredService<ISmsDeliveryLog>().ListFailedAsync(100);
        var kept = Assert.Single(failed, r => r.Body == body);
        Assert.Equal("21211", kept.ErrorCode);
        Assert.Equal("+40700000000", kept.To);
    }

    [Fact]
    public async Task NothingIsSentToANumberThatOptedOut()
    {
        await _factory.Services.GetRequiredService<ISmsOptOutStore>().OptOutAsync("+380501234567");
        var outcome = await _factory.Services.GetRequiredService<SmsOutbox>().SendAsync("sms-c3", "+380501234567", "Привіт", CancellationToken.None);
        Assert.Equal(SmsDeliveryStatus.Suppressed, outcome.Status);
        Assert.Empty(_twilio.LogEntries);
    }

    [Fact]
    public async Task ALongMessageIsSplitAndEverySegmentCounted()
    {
        _twilio.Given(Request.Create().WithPath(MessagesPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { sid = "SMlong", status = "queued" }));
        var text = string.Concat(Enumerable.Repeat("Aceasta este o propoziție despre siguranță. ", 60));
        var outcome = await _factory.Services.GetRequiredService<SmsOutbox>().SendAsync("sms-c4", "+40712345678", text, CancellationToken.None);
        Assert.Equal(2, _twilio.LogEntries.Count());
        Assert.All(_twilio.LogEntries, e => Assert.True(HttpUtility.ParseQueryString(e.RequestMessage.Body!)["Body"]!.Length <= SmsSegments.MaxMessageLength));
        Assert.Equal(SmsSegments.Split(text).Sum(p => SmsSegments.Calculate(p).Segments), outcome.Segments);
    }
}
