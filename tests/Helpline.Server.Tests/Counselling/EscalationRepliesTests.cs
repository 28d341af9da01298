using System.Net;
using Helpline.Core.Counselling;
using Helpline.Server.Counselling;
using Helpline.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Helpline.Server.Tests.Counselling;

/// <summary>What the user is told when a conversation is escalated, by priority and availability; cancel and raise while waiting.</summary>
[Collection(RedisCollection.Name)]
public sealed class EscalationRepliesTests(RedisServer redis) : IDisposable
{
    private readonly CounsellingHarness _h = new(redis, nameof(EscalationRepliesTests));

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task AP2DisclosureGetsThePlaceInTheQueueWithoutTheEmergencyLines()
    {
        await _h.MarkOnlineAsync("ana");
        var from = CounsellingHarness.Phone("+3736");
        var replies = await _h.SmsAsync(from, "mi-au luat pașaportul");
        Assert.Equal([_h.Text("ro", "Queued.Sms", "1", "5", "RENUNȚ")], replies);
        Assert.Equal(TicketPriority.P2, (await _h.OpenTicketAsync(from)).Priority);
    }

    [Fact]
    public async Task AnEnglishP1PutsTheEmergencyNumberAndChildHelplineFirst()
    {
        await _h.MarkOnlineAsync("ana");
        var from = CounsellingHarness.Phone("+3736");
        var replies = await _h.SmsAsync(from, "my son went to Poland and stopped answering");
        Assert.Equal(_h.Text("en", "P1.FirstLines.Sms", "112", "116 111"), replies[0]);
        Assert.Equal(_h.Text("en", "Queued.Sms", "1", "5", "EXIT"), replies[1]);
    }

    [Fact]
    public async Task WhenNobodyIsOnlineTheUserIsToldSoAndGivenTheNumbersAndTheTicketStaysQueued()
    {
        var from = CounsellingHarness.Phone("+3736");
        var replies = await _h.SmsAsync(from, "mi-au luat pașaportul");
        Assert.Equal(_h.Text("ro", "NobodyOnline.Sms", "RENUNȚ"), replies[0]);
        Assert.True(replies.Length >= 2);
        Assert.Contains("116 111", string.Join("\n", replies[1..]));
        Assert.Equal(TicketStatus.Waiting, (await _h.OpenTicketAsync(from)).Status);
    }

    [Fact]
    public async Task WhileWaitingTheBotIsSilentAndTheCancelWordWithdrawsTheRequest()
    {
        await _h.MarkOnlineAsync("ana");
        var from = CounsellingHarness.Phone("+3736");
        await _h.SmsAsync(from, "mi-au luat pașaportul");
        var ticket = await _h.OpenTicketAsync(from);

        Assert.Empty(await _h.SmsAsync(from, "meniu"));
        Assert.Equal([_h.Text("ro", "Cancelled.Sms")], await _h.SmsAsync(from, "renunt"));

        var after = await _h.Service<ICounsellorQueue>().GetAsync(ticket.Id, default);
        Assert.Equal(TicketStatus.Cancelled, after!.Status);
        Assert.NotEmpty(await _h.SmsAsync(from, "meniu"));
    }

    [Fact]
    public async Task ANewP1MessageWhileWaitingRaisesThePriorityAndGivesTheEmergencyLines()
    {
        await _h.MarkOnlineAsync("ana");
        var from = CounsellingHarness.Phone("+3736");
        await _h.SmsAsync(from, "mi-au luat pașaportul");
        Assert.Equal(TicketPriority.P2, (await _h.OpenTicketAsync(from)).Priority);

        var replies = await _h.SmsAsync(from, "nu mă lasă să plec din casă");

        Assert.Equal(TicketPriority.P1, (await _h.OpenTicketAsync(from)).Priority);
        Assert.Equal([_h.Text("ro", "P1.FirstLines.Sms", "112", "116 111"), _h.Text("ro", "Raised.Sms")], replies);
    }

    [Fact]
    public async Task AskingForACounsellorFromTheMenuQueuesAP3Ticket()
    {
        await _h.MarkOnlineAsync("ana");
        var from = CounsellingHarness.Phone("+3736");
        await _h.SmsAsync(from, "salut");
        await _h.SmsAsync(from, "meniu");
        var replies = await _h.SmsAsync(from, "4");
        var ticket = await _h.OpenTicketAsync(from);
        Assert.Equal(TicketPriority.P3, ticket.Priority);
        Assert.Contains(_h.Text("ro", "Queued.Sms", "1", "5", "RENUNȚ"), replies);
    }
}
