using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Helpline.Channels.Sms;
using Helpline.Core.Counselling;
using Helpline.Core.Sms;
using Helpline.Testing;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Helpline.Server.Tests.Counselling;

/// <summary>Delivery failures, opted-out numbers and erasure around an escalated conversation.</summary>
[Collection(RedisCollection.Name)]
public sealed class CounsellingEdgeTests(RedisServer redis) : IDisposable
{
    private readonly CounsellingHarness _h = new(redis, nameof(CounsellingEdgeTests));

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task AReplyTwilioRefusesIsReportedToTheCounsellorAndKeptInTheFailedList()
    {
        await _h.CreateCounsellorAsync("ana");
        var from = CounsellingHarness.Phone("+3736");
        await _h.SmsAsync(from, "mi-au luat pașaportul");
        var ticket = await _h.OpenTicketAsync(from);
        var api = _h.CounsellorClient(await _h.TokenAsync("ana"));
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/counsellor/tickets/{ticket.Id}/claim", null)).StatusCode);

        _h.Twilio.Reset();
        _h.Twilio.Given(Request.Create().UsingPost())
            .RespondWith(Response.Create().WithStatusCode(400).WithBodyAsJson(new { code = 21610, message = "Attempt to send to unsubscribed recipient" }));
        var body = "Mesaj " + Guid.NewGuid();
        var reply = await api.PostAsJsonAsync($"/api/counsellor/tickets/{ticket.Id}/messages", new { text = body });

        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        var result = await reply.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(result.GetProperty("delivered").GetBoolean());
        Assert.Equal(SmsDeliveryStatus.Failed, result.GetProperty("deliveryStatus").GetString());
        var failed = await _h.Service<ISmsDeliveryLog>().ListFailedAsync(100);
        Assert.Contains(failed, r => r.Body == body);
    }

    [Fact]
    public async Task AnOptedOutNumbersDisclosureIsStillQueuedButNothingIsSentBack()
    {
        await _h.MarkOnlineAsync("ana");
        var from = CounsellingHarness.Phone("+3736");
        await _h.SmsAsync(from, "STOP");
        var replies = await _h.SmsAsync(from, "mi-au luat pașaportul și nu mă lasă să plec");
        Assert.Empty(replies);
        Assert.Equal(TicketPriority.P1, (await _h.OpenTicketAsync(from)).Priority);
    }

    [Fact]
    public async Task DeleteMyDataKeepsTheTranscriptWhileTheTicketIsOpenAndErasesItAfter()
    {
        await _h.CreateCounsellorAsync("ana");
        var from = CounsellingHarness.Phone("+3736");
        await _h.SmsAsync(from, "mi-au luat pașaportul");
        var ticket = await _h.OpenTicketAsync(from);
        var eraser = _h.Service<ITranscriptEraser>();
        var transcripts = _h.Service<ITranscriptStore>();
        var turn = new Core.Turns.TurnContext(new Core.Schema.Activity
        {
            ChannelId = ticket.Conversation.ChannelId,
            Conversation = new Core.Schema.ConversationAccount(ticket.Conversation.ConversationId),
            From = new Core.Schema.ChannelAccount(from),
        });

        Assert.True((await eraser.EraseConversationAsync(turn, default)).KeptForOpenTicket);
        Assert.NotEmpty(await transcripts.ReadAsync(ticket.Conversation, "test", 0, default));

        var api = _h.CounsellorClient(await _h.TokenAsync("ana"));
        await api.PostAsync($"/api/counsellor/tickets/{ticket.Id}/claim", null);
        await api.PostAsJsonAsync($"/api/counsellor/tickets/{ticket.Id}/close", new { outcome = "advice-given" });

        Assert.False((await eraser.EraseConversationAsync(turn, default)).KeptForOpenTicket);
        Assert.Empty(await transcripts.ReadAsync(ticket.Conversation, "test", 0, default));
    }
}
