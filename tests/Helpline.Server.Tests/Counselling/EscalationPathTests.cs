using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Helpline.Core.Counselling;
using Helpline.Testing;

namespace Helpline.Server.Tests.Counselling;

/// <summary>
/// The whole path through the real HTTP pipeline, the real bot and a real Redis: a signed SMS disclosure,
/// the escalation reply, a counsellor's login, claim and reply (which reaches the fake Twilio), the user's
/// next message in the transcript, and close handing the conversation back to the bot.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class EscalationPathTests(RedisServer redis) : IDisposable
{
    private readonly CounsellingHarness _h = new(redis, nameof(EscalationPathTests));

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task ADisclosureBySmsReachesACounsellorWhoseRepliesReachTheUserUntilCloseHandsBackToTheBot()
    {
        await _h.CreateCounsellorAsync("ana");
        await _h.MarkOnlineAsync("ana");
        var from = CounsellingHarness.Phone("+3736");

        // 1. The disclosure: 112 and the child helpline first, then the place in the queue.
        var replies = await _h.SmsAsync(from, "mi-au luat pașaportul și nu mă lasă să plec");
        Assert.Equal(_h.Text("ro", "P1.FirstLines.Sms", "112", "116 111"), replies[0]);
        Assert.Equal(_h.Text("ro", "Queued.Sms", "1", "5", "RENUNȚ"), replies[1]);
        Assert.Equal(2, replies.Length);

        // 2. The counsellor logs in and claims the most urgent ticket.
        var api = _h.CounsellorClient(await _h.TokenAsync("ana"));
        var claim = await api.PostAsync("/api/counsellor/tickets/next/claim", null);
        Assert.Equal(HttpStatusCode.OK, claim.StatusCode);
        var ticket = await claim.Content.ReadFromJsonAsync<JsonElement>();
        var id = ticket.GetProperty("id").GetString()!;
        Assert.Equal("P1", ticket.GetProperty("priority").GetString());
        Assert.Equal("sms", ticket.GetProperty("channel").GetString());
        Assert.Equal("claimed", ticket.GetProperty("status").GetString());
        Assert.Contains("confinement", ticket.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.DoesNotContain(from, await claim.Content.ReadAsStringAsync());
        Assert.Equal([_h.Text("ro", "CounsellorJoined.Sms")], _h.SentTo(from));

        // 3. The counsellor's reply goes out through the Messages REST API.
        var reply = await api.PostAsJsonAsync($"/api/counsellor/tickets/{id}/messages", new { text = "Bună, sunt Ana. Ești în siguranță acum?" });
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.True((await reply.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("delivered").GetBoolean());
        Assert.Equal("Bună, sunt Ana. Ești în siguranță acum?", _h.SentTo(from)[^1]);

        // 4. The user's next message goes to the counsellor, not the bot.
        Assert.Empty(await _h.SmsAsync(from, "da, acum sunt la o prietenă"));
        var read = await (await api.GetAsync($"/api/counsellor/tickets/{id}")).Content.ReadFromJsonAsync<JsonElement>();
        var transcript = read.GetProperty("transcript").EnumerateArray().ToList();
        var users = transcript.Where(e => e.GetProperty("author").GetString() == "user").Select(e => e.GetProperty("text").GetString()).ToList();
        Assert.Equal(["mi-au luat pașaportul și nu mă lasă să plec", "da, acum sunt la o prietenă"], users);
        Assert.Contains(transcript, e => e.GetProperty("author").GetString() == "counsellor" && e.GetProperty("counsellor").GetString() == "ana");
        Assert.Contains(transcript, e => e.GetProperty("author").GetString() == "bot" && e.GetProperty("text").GetString() == replies[0]);

        // 5. Close: a goodbye, and the bot answers again.
        var close = await api.PostAsJsonAsync($"/api/counsellor/tickets/{id}/close", new { outcome = "advice-given" });
        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        Assert.Equal(_h.Text("ro", "Goodbye.Sms"), _h.SentTo(from)[^1]);
        Assert.Null(await _h.Service<ICounsellorQueue>().FindOpenAsync((await _h.Service<ICounsellorQueue>().GetAsync(id, default))!.Conversation, default));
        Assert.NotEmpty(await _h.SmsAsync(from, "meniu"));
    }

    [Fact]
    public async Task ATicketAndItsTranscriptSurviveARestartOfTheService()
    {
        await _h.CreateCounsellorAsync("ion");
        var from = CounsellingHarness.Phone("+3736");
        await _h.SmsAsync(from, "mi-au luat pașaportul și nu mă lasă să plec");
        var token = await _h.TokenAsync("ion");

        _h.Restart();

        var ticket = await _h.OpenTicketAsync(from);
        Assert.Equal(TicketPriority.P1, ticket.Priority);
        // The token issued by the old process is accepted by the new one (keys shared through Redis).
        var api = _h.CounsellorClient(token);
        var read = await api.GetAsync($"/api/counsellor/tickets/{ticket.Id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var transcript = (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("transcript").EnumerateArray().ToList();
        Assert.Equal("mi-au luat pașaportul și nu mă lasă să plec", transcript[0].GetProperty("text").GetString());
        // And the user is still with the queue, not the bot.
        Assert.Empty(await _h.SmsAsync(from, "mai ești acolo?"));
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/counsellor/tickets/{ticket.Id}/claim", null)).StatusCode);
    }

    [Fact]
    public async Task AColleagueCannotReadAConversationAnotherCounsellorHoldsButASupervisorCan()
    {
        await _h.CreateCounsellorAsync("maria");
        await _h.CreateCounsellorAsync("petru");
        await _h.CreateCounsellorAsync("elena", Core.Counselling.Accounts.CounsellorRoles.Supervisor);
        var from = CounsellingHarness.Phone("+3736");
        await _h.SmsAsync(from, "mi-au luat pașaportul și nu mă lasă să plec");
        var ticket = await _h.OpenTicketAsync(from);
        var maria = _h.CounsellorClient(await _h.TokenAsync("maria"));
        var petru = _h.CounsellorClient(await _h.TokenAsync("petru"));
        var elena = _h.CounsellorClient(await _h.TokenAsync("elena"));

        // Waiting: anyone may look before taking it.
        Assert.Equal(HttpStatusCode.OK, (await petru.GetAsync($"/api/counsellor/tickets/{ticket.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await maria.PostAsync($"/api/counsellor/tickets/{ticket.Id}/claim", null)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await maria.GetAsync($"/api/counsellor/tickets/{ticket.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await petru.GetAsync($"/api/counsellor/tickets/{ticket.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await elena.GetAsync($"/api/counsellor/tickets/{ticket.Id}")).StatusCode);
    }
}
