using System.Collections.Concurrent;
using Helpline.Core.Counselling;
using Microsoft.Extensions.Time.Testing;

namespace Helpline.Redis.Tests.Counselling;

/// <summary>
/// The behaviour every <see cref="ICounsellorQueue"/> (with its transcript store, audit log and
/// notifications) must have. Run against the in-memory and the Redis implementations.
/// </summary>
public abstract class CounsellorQueueContractTests
{
    protected static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    protected static readonly TimeSpan AssignmentTimeout = TimeSpan.FromMinutes(10);

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    protected CounsellorQueueOptions Options { get; } = new()
    {
        LeaseDuration = Lease,
        AssignmentTimeout = AssignmentTimeout,
        Retention = TimeSpan.FromDays(30),
        DefaultWaitPerPosition = TimeSpan.FromMinutes(5),
        WaitHistorySize = 20,
    };

    /// <summary>Fresh services over empty state, using <see cref="Time"/> and <see cref="Options"/>.</summary>
    protected abstract CounsellingServices Create();

    private CounsellingServices? _services;

    private CounsellingServices Services => _services ??= Create();

    private ICounsellorQueue Queue => Services.Queue;

    protected static TicketConversation Conversation(string name, string channel = "sms") =>
        new(channel, "conv-" + name, "+37360000" + (Math.Abs(name.GetHashCode()) % 1000).ToString("D3"));

    protected static TicketRequest Request(string name, TicketPriority priority, params string[] categories) =>
        new(Conversation(name), priority, "ro-MD", "MD", categories);

    private async Task<CounsellorTicket> EnqueueAsync(string name, TicketPriority priority)
    {
        var result = await Queue.EnqueueAsync(Request(name, priority), default);
        Time.Advance(TimeSpan.FromSeconds(1));
        return result.Ticket;
    }

    [Fact]
    public async Task EnqueueOpensAWaitingTicketWithTheRequestDetails()
    {
        var result = await Queue.EnqueueAsync(Request("ana", TicketPriority.P2, "documents-taken", "debt-bondage"), default);

        Assert.True(result.Created);
        var ticket = result.Ticket;
        Assert.Equal(TicketStatus.Waiting, ticket.Status);
        Assert.Equal(TicketPriority.P2, ticket.Priority);
        Assert.Equal(Conversation("ana"), ticket.Conversation);
        Assert.Equal("sms", ticket.Channel);
        Assert.Equal("ro-MD", ticket.Culture);
        Assert.Equal("MD", ticket.Country);
        Assert.Equal(["documents-taken", "debt-bondage"], ticket.SafetyCategories);
        Assert.Equal(Time.GetUtcNow(), ticket.EnqueuedAt);
        Assert.Null(ticket.Counsellor);
        Assert.Null(ticket.Outcome);
        Assert.Equal(ticket, await Queue.GetAsync(ticket.Id, default));
        Assert.Equal(ticket, await Queue.FindOpenAsync(Conversation("ana"), default));
    }

    [Fact]
    public async Task EnqueueAgainForAnOpenConversationReturnsItsTicket()
    {
        var first = await Queue.EnqueueAsync(Request("ana", TicketPriority.P3), default);
        Time.Advance(TimeSpan.FromSeconds(5));
        var second = await Queue.EnqueueAsync(Request("ana", TicketPriority.P3), default);

        Assert.False(second.Created);
        Assert.Equal(first.Ticket.Id, second.Ticket.Id);
        Assert.Equal(first.Ticket.EnqueuedAt, second.Ticket.EnqueuedAt);
        Assert.Single(await Queue.ListOpenAsync(default));
    }

    [Fact]
    public async Task EnqueueAgainWithAMoreUrgentPriorityRaisesTheOpenTicketButNeverLowersIt()
    {
        var first = (await Queue.EnqueueAsync(Request("ana", TicketPriority.P3), default)).Ticket;

        var raised = await Queue.EnqueueAsync(Request("ana", TicketPriority.P1), default);
        var notLowered = await Queue.EnqueueAsync(Request("ana", TicketPriority.P2), default);

        Assert.Equal(first.Id, raised.Ticket.Id);
        Assert.Equal(TicketPriority.P1, raised.Ticket.Priority);
        Assert.Equal(TicketPriority.P1, notLowered.Ticket.Priority);
        Assert.Equal(TicketPriority.P1, (await Queue.GetAsync(first.Id, default))!.Priority);
    }

    [Fact]
    public async Task AfterCloseTheConversationGetsANewTicket()
    {
        var first = await EnqueueAsync("ana", TicketPriority.P2);
        await Queue.ClaimAsync(first.Id, "maria", default);
        await Queue.CloseAsync(first.Id, "maria", TicketOutcome.AdviceGiven, default);

        var again = await Queue.EnqueueAsync(Request("ana", TicketPriority.P3), default);

        Assert.True(again.Created);
        Assert.NotEqual(first.Id, again.Ticket.Id);
        Assert.Equal(again.Ticket.Id, (await Queue.FindOpenAsync(Conversation("ana"), default))!.Id);
    }

    [Fact]
    public async Task ClaimNextServesTheMostUrgentPriorityFirstThenFirstComeFirstServed()
    {
        var a = await EnqueueAsync("a", TicketPriority.P3);
        var b = await EnqueueAsync("b", TicketPriority.P2);
        var c = await EnqueueAsync("c", TicketPriority.P3);
        var d = await EnqueueAsync("d", TicketPriority.P1);
        var e = await EnqueueAsync("e", TicketPriority.P2);
        var f = await EnqueueAsync("f", TicketPriority.P1);

        var order = new List<string>();
        while (await Queue.ClaimNextAsync("maria", default) is { } claimed) order.Add(claimed.Id);

        Assert.Equal([d.Id, f.Id, b.Id, e.Id, a.Id, c.Id], order);
    }

    [Fact]
    public async Task TicketsEnqueuedInTheSameMillisecondAreServedInCreationOrder()
    {
        var ids = new List<string>();
        for (var i = 0; i < 5; i++) ids.Add((await Queue.EnqueueAsync(Request("same" + i, TicketPriority.P2), default)).Ticket.Id);

        var order = new List<string>();
        while (await Queue.ClaimNextAsync("maria", default) is { } claimed) order.Add(claimed.Id);

        Assert.Equal(ids, order);
    }

    [Fact]
    public async Task ClaimNextOnAnEmptyQueueReturnsNothing()
    {
        Assert.Null(await Queue.ClaimNextAsync("maria", default));
    }

    [Fact]
    public async Task AClaimSetsTheCounsellorAndALease()
    {
        var ticket = await EnqueueAsync("ana", TicketPriority.P2);

        var claimed = await Queue.ClaimNextAsync("maria", default);

        Assert.NotNull(claimed);
        Assert.Equal(ticket.Id, claimed.Id);
        Assert.Equal(TicketStatus.Claimed, claimed.Status);
        Assert.Equal("maria", claimed.Counsellor);
        Assert.Equal(Time.GetUtcNow(), claimed.ClaimedAt);
        Assert.Equal(Time.GetUtcNow() + Lease, claimed.LeaseExpiresAt);
        Assert.Equal(claimed, await Queue.GetAsync(ticket.Id, default));
    }

    [Fact]
    public async Task AClaimedTicketIsNeverHandedToASecondCounsellor()
    {
        var ticket = await EnqueueAsync("ana", TicketPriority.P1);
        Assert.True((await Queue.ClaimAsync(ticket.Id, "maria", default)).Succeeded);

        var other = await Queue.ClaimAsync(ticket.Id, "ion", default);
        var next = await Queue.ClaimNextAsync("ion", default);
        var again = await Queue.ClaimAsync(ticket.Id, "maria", default);

        Assert.Equal(TicketChangeStatus.HeldByAnother, other.Status);
        Assert.Equal("maria", other.Ticket!.Counsellor);
        Assert.Null(next);
        Assert.Equal(TicketChangeStatus.Changed, again.Status);
        Assert.Equal("maria", again.Ticket!.Counsellor);
    }

    [Fact]
    public async Task ManyConcurrentClaimersNeverGetTheSameTicketTwice()
    {
        const int tickets = 120;
        const int claimers = 50;
        for (var i = 0; i < tickets; i++) await Queue.EnqueueAsync(Request("c" + i, (TicketPriority)(i % 3 + 1)), default);

        var claimed = new ConcurrentBag<(string Counsellor, string Ticket)>();
        await Task.WhenAll(Enumerable.Range(0, claimers).Select(n => Task.Run(async () =>
        {
            var me = "counsellor-" + n;
            while (await Queue.ClaimNextAsync(me, default) is { } ticket)
            {
                Assert.Equal(me, ticket.Counsellor);
                claimed.Add((me, ticket.Id));
            }
        })));

        Assert.Equal(tickets, claimed.Count);
        Assert.Equal(tickets, claimed.Select(c => c.Ticket).Distinct().Count());
        var open = await Queue.ListOpenAsync(default);
        Assert.All(open, t => Assert.Equal(TicketStatus.Claimed, t.Status));
        var holders = claimed.ToDictionary(c => c.Ticket, c => c.Counsellor);
        Assert.All(open, t => Assert.Equal(holders[t.Id], t.Counsellor));
    }

    [Fact]
    public async Task AnExpiredLeaseReturnsTheTicketToItsOldPlace()
    {
        var a = await EnqueueAsync("a", TicketPriority.P2);
        var b = await EnqueueAsync("b", TicketPriority.P2);
        Assert.Equal(a.Id, (await Queue.ClaimNextAsync("maria", default))!.Id);

        Time.Advance(Lease + TimeSpan.FromSeconds(1));
        var c = await EnqueueAsync("c", TicketPriority.P2);

        var order = new List<string>();
        while (await Queue.ClaimNextAsync("ion", default) is { } claimed) order.Add(claimed.Id);
        Assert.Equal([a.Id, b.Id, c.Id], order);
        var requeue = (await Services.Audit.ReadTicketAsync(a.Id, default)).Single(e => e.Action == AuditAction.Requeue);
        Assert.Equal("system", requeue.Actor);
    }

    [Fact]
    public async Task AnExpiredLeaseShowsAsWaitingInTheList()
    {
        var a = await EnqueueAsync("a", TicketPriority.P2);
        await Queue.ClaimNextAsync("maria", default);

        Time.Advance(Lease);

        var listed = Assert.Single(await Queue.ListOpenAsync(default));
        Assert.Equal(a.Id, listed.Id);
        Assert.Equal(TicketStatus.Waiting, listed.Status);
        Assert.Null(listed.Counsellor);
        Assert.Null(listed.LeaseExpiresAt);
    }

    [Fact]
    public async Task RequeueExpiredMovesEveryExpiredLeaseAndCountsThem()
    {
        for (var i = 0; i < 3; i++) await EnqueueAsync("r" + i, TicketPriority.P3);
        await Queue.ClaimNextAsync("maria", default);
        await Queue.ClaimNextAsync("ion", default);
        Time.Advance(TimeSpan.FromSeconds(30));
        var late = await Queue.ClaimNextAsync("elena", default);

        Time.Advance(Lease - TimeSpan.FromSeconds(15));
        Assert.Equal(2, await Queue.RequeueExpiredAsync(default));
        Assert.Equal(0, await Queue.RequeueExpiredAsync(default));

        var open = await Queue.ListOpenAsync(default);
        Assert.Equal(2, open.Count(t => t.Status == TicketStatus.Waiting));
        Assert.Equal("elena", open.Single(t => t.Status == TicketStatus.Claimed && t.Id == late!.Id).Counsellor);
    }

    [Fact]
    public async Task ARenewedLeaseKeepsTheTicketWithItsCounsellor()
    {
        var ticket = await EnqueueAsync("ana", TicketPriority.P2);
        await Queue.ClaimNextAsync("maria", default);

        for (var i = 0; i < 4; i++)
        {
            Time.Advance(Lease * 0.75);
            var renewed = await Queue.RenewLeaseAsync(ticket.Id, "maria", default);
            Assert.Equal(TicketChangeStatus.Changed, renewed.Status);
            Assert.Equal(Time.GetUtcNow() + Lease, renewed.Ticket!.LeaseExpiresAt);
        }

        Assert.Null(await Queue.ClaimNextAsync("ion", default));
        Assert.Equal("maria", (await Queue.GetAsync(ticket.Id, default))!.Counsellor);
    }

    [Fact]
    public async Task AnExpiredLeaseCannotBeRenewed()
    {
        var ticket = await EnqueueAsync("ana", TicketPriority.P2);
        await Queue.ClaimNextAsync("maria", default);
        Time.Advance(Lease);

        var renewed = await Queue.RenewLeaseAsync(ticket.Id, "maria", default);

        Assert.Equal(TicketChangeStatus.NotClaimedByYou, renewed.Status);
        Assert.Equal(TicketStatus.Waiting, renewed.Ticket!.Status);
    }

    [Fact]
    public async Task OnlyTheHolderRenewsALease()
    {
        var ticket = await EnqueueAsync("ana", TicketPriority.P2);
        var waiting = await Queue.RenewLeaseAsync(ticket.Id, "maria", default);
        await Queue.ClaimNextAsync("maria", default);

        var other = await Queue.RenewLeaseAsync(ticket.Id, "ion", default);

        Assert.Equal(TicketChangeStatus.NotClaimedByYou, waiting.Status);
        Assert.Equal(TicketChangeStatus.NotClaimedByYou, other.Status);
        Assert.Equal("maria", other.Ticket!.Counsellor);
    }

    [Fact]
    public async Task TransferToTheQueueReturnsTheTicketToItsOldPlace()
    {
        var a = await EnqueueAsync("a", TicketPriority.P2);
        var b = await EnqueueAsync("b", TicketPriority.P2);
        await Queue.ClaimNextAsync("maria", default);

        var byOther = await Queue.TransferToQueueAsync(a.Id, "ion", default);
        var transferred = await Queue.TransferToQueueAsync(a.Id, "maria", default);

        Assert.Equal(TicketChangeStatus.NotClaimedByYou, byOther.Status);
        Assert.Equal(TicketChangeStatus.Changed, transferred.Status);
        Assert.Equal(TicketStatus.Waiting, transferred.Ticket!.Status);
        Assert.Null(transferred.Ticket.Counsellor);
        Assert.Equal(a.Id, (await Queue.ClaimNextAsync("ion", default))!.Id);
        Assert.Equal(b.Id, (await Queue.ClaimNextAsync("ion", default))!.Id);
        var audit = await Services.Audit.ReadTicketAsync(a.Id, default);
        Assert.Contains(audit, e => e.Action == AuditAction.Transfer && e.Actor == "maria" && e.Detail == "to=queue");
    }

    [Fact]
    public async Task ATicketTransferredToANamedCounsellorIsOnlyForThem()
    {
        var a = await EnqueueAsync("a", TicketPriority.P2);
        var b = await EnqueueAsync("b", TicketPriority.P3);
        await Queue.ClaimAsync(a.Id, "maria", default);

        var transferred = await Queue.TransferToCounsellorAsync(a.Id, "maria", "elena", default);

        Assert.Equal(TicketChangeStatus.Changed, transferred.Status);
        Assert.Equal(TicketStatus.Waiting, transferred.Ticket!.Status);
        Assert.Equal("elena", transferred.Ticket.AssignedTo);
        Assert.Equal(Time.GetUtcNow() + AssignmentTimeout, transferred.Ticket.AssignedUntil);
        Assert.Equal(TicketChangeStatus.HeldByAnother, (await Queue.ClaimAsync(a.Id, "ion", default)).Status);
        Assert.Equal(b.Id, (await Queue.ClaimNextAsync("ion", default))!.Id);
        Assert.Null(await Queue.ClaimNextAsync("ion", default));

        var forElena = await Queue.ClaimNextAsync("elena", default);
        Assert.Equal(a.Id, forElena!.Id);
        Assert.Equal("elena", forElena.Counsellor);
        Assert.Null(forElena.AssignedTo);
        var audit = await Services.Audit.ReadTicketAsync(a.Id, default);
        Assert.Contains(audit, e => e.Action == AuditAction.Transfer && e.Actor == "maria" && e.Detail == "to=elena");
    }

    [Fact]
    public async Task TheNamedCounsellorGetsTheirTransferBeforeALessUrgentGeneralTicket()
    {
        var general = await EnqueueAsync("general", TicketPriority.P3);
        var urgent = await EnqueueAsync("urgent", TicketPriority.P2);
        await Queue.ClaimAsync(urgent.Id, "maria", default);
        await Queue.TransferToCounsellorAsync(urgent.Id, "maria", "elena", default);

        Assert.Equal(urgent.Id, (await Queue.ClaimNextAsync("elena", default))!.Id);
        Assert.Equal(general.Id, (await Queue.ClaimNextAsync("elena", default))!.Id);
    }

    [Fact]
    public async Task ANamedTransferThatIsNotTakenLapsesToTheGeneralQueue()
    {
        var a = await EnqueueAsync("a", TicketPriority.P2);
        await Queue.ClaimAsync(a.Id, "maria", default);
        await Queue.TransferToCounsellorAsync(a.Id, "maria", "elena", default);

        Time.Advance(AssignmentTimeout);

        var claimed = await Queue.ClaimNextAsync("ion", default);
        Assert.Equal(a.Id, claimed!.Id);
        Assert.Equal("ion", claimed.Counsellor);
    }

    [Fact]
    public async Task RaisingAWaitingTicketMovesItAheadByItsOriginalEnqueueTime()
    {
        var a = await EnqueueAsync("a", TicketPriority.P2);
        var b = await EnqueueAsync("b", TicketPriority.P3);
        var c = await EnqueueAsync("c", TicketPriority.P2);

        var raised = await Queue.RaisePriorityAsync(b.Id, TicketPriority.P2, "system", default);

        Assert.Equal(TicketChangeStatus.Changed, raised.Status);
        Assert.Equal(TicketPriority.P2, raised.Ticket!.Priority);
        var order = new List<string>();
        while (await Queue.ClaimNextAsync("maria", default) is { } claimed) order.Add(claimed.Id);
        Assert.Equal([a.Id, b.Id, c.Id], order);
        var audit = await Services.Audit.ReadTicketAsync(b.Id, default);
        Assert.Contains(audit, e => e.Action == AuditAction.Raise && e.Detail == "from=P3 to=P2");
    }

    [Fact]
    public async Task RaisingNeverLowersAPriority()
    {
        var a = await EnqueueAsync("a", TicketPriority.P2);

        var same = await Queue.RaisePriorityAsync(a.Id, TicketPriority.P2, "system", default);
        var lower = await Queue.RaisePriorityAsync(a.Id, TicketPriority.P3, "system", default);

        Assert.Equal(TicketChangeStatus.Unchanged, same.Status);
        Assert.Equal(TicketChangeStatus.Unchanged, lower.Status);
        Assert.Equal(TicketPriority.P2, (await Queue.GetAsync(a.Id, default))!.Priority);
    }

    [Fact]
    public async Task RaisingAClaimedTicketKeepsItWithItsCounsellorAndItRequeuesAtTheNewPriority()
    {
        var p2 = await EnqueueAsync("p2", TicketPriority.P2);
        var a = await EnqueueAsync("a", TicketPriority.P3);
        await Queue.ClaimAsync(a.Id, "maria", default);

        var raised = await Queue.RaisePriorityAsync(a.Id, TicketPriority.P1, "system", default);
        Assert.Equal(TicketStatus.Claimed, raised.Ticket!.Status);
        Assert.Equal("maria", raised.Ticket.Counsellor);

        Time.Advance(Lease);
        Assert.Equal(a.Id, (await Queue.ClaimNextAsync("ion", default))!.Id);
        Assert.Equal(p2.Id, (await Queue.ClaimNextAsync("ion", default))!.Id);
    }

    [Fact]
    public async Task RaisingToP1EndsANamedTransferSoAnyoneMayTakeIt()
    {
        var a = await EnqueueAsync("a", TicketPriority.P3);
        await Queue.ClaimAsync(a.Id, "maria", default);
        await Queue.TransferToCounsellorAsync(a.Id, "maria", "elena", default);

        var raised = await Queue.RaisePriorityAsync(a.Id, TicketPriority.P1, "system", default);

        Assert.Null(raised.Ticket!.AssignedTo);
        Assert.Equal(a.Id, (await Queue.ClaimNextAsync("ion", default))!.Id);
    }

    [Fact]
    public async Task CloseRecordsTheOutcomeAndEndsTheTicket()
    {
        var a = await EnqueueAsync("a", TicketPriority.P2);
        await Queue.ClaimAsync(a.Id, "maria", default);
        Time.Advance(Lease / 2);

        var notHolder = await Queue.CloseAsync(a.Id, "ion", TicketOutcome.Other, default);
        var closed = await Queue.CloseAsync(a.Id, "maria", TicketOutcome.ReferredNgo, default);

        Assert.Equal(TicketChangeStatus.NotClaimedByYou, notHolder.Status);
        Assert.Equal(TicketChangeStatus.Changed, closed.Status);
        Assert.Equal(TicketStatus.Closed, closed.Ticket!.Status);
        Assert.Equal(TicketOutcome.ReferredNgo, closed.Ticket.Outcome);
        Assert.Equal("maria", closed.Ticket.Counsellor);
        Assert.Equal(Time.GetUtcNow(), closed.Ticket.ClosedAt);
        Assert.Null(closed.Ticket.LeaseExpiresAt);
        Assert.Equal(closed.Ticket, await Queue.GetAsync(a.Id, default));
        Assert.Null(await Queue.FindOpenAsync(a.Conversation, default));
        Assert.Empty(await Queue.ListOpenAsync(default));
        Assert.Null(await Queue.ClaimNextAsync("ion", default));
        Assert.Equal(TicketChangeStatus.NotOpen, (await Queue.CloseAsync(a.Id, "maria", TicketOutcome.Other, default)).Status);
        Assert.Equal(TicketChangeStatus.NotOpen, (await Queue.ClaimAsync(a.Id, "maria", default)).Status);
        var audit = await Services.Audit.ReadTicketAsync(a.Id, default);
        Assert.Contains(audit, e => e.Action == AuditAction.Close && e.Actor == "maria" && e.Detail == "outcome=referred-ngo");
    }

    [Fact]
    public async Task AWaitingTicketMustBeClaimedBeforeItIsClosed()
    {
        var a = await EnqueueAsync("a", TicketPriority.P2);

        var closed = await Queue.CloseAsync(a.Id, "maria", TicketOutcome.Duplicate, default);

        Assert.Equal(TicketChangeStatus.NotClaimedByYou, closed.Status);
        Assert.Equal(TicketStatus.Waiting, (await Queue.GetAsync(a.Id, default))!.Status);
    }

    [Fact]
    public async Task ACounsellorCannotCloseWithTheUsersCancelOutcome()
    {
        var a = await EnqueueAsync("a", TicketPriority.P2);
        await Queue.ClaimAsync(a.Id, "maria", default);

        await Assert.ThrowsAsync<ArgumentException>(() => Queue.CloseAsync(a.Id, "maria", TicketOutcome.CancelledByUser, default));
        Assert.Equal(TicketStatus.Claimed, (await Queue.GetAsync(a.Id, default))!.Status);
    }

    [Fact]
    public async Task TheUserCancelsAWaitingTicket()
    {
        var a = await EnqueueAsync("a", TicketPriority.P3);
        var b = await EnqueueAsync("b", TicketPriority.P3);

        var cancelled = await Queue.CancelByUserAsync(a.Id, default);

        Assert.Equal(TicketChangeStatus.Changed, cancelled.Status);
        Assert.Equal(TicketStatus.Cancelled, cancelled.Ticket!.Status);
        Assert.Equal(TicketOutcome.CancelledByUser, cancelled.Ticket.Outcome);
        Assert.Null(await Queue.FindOpenAsync(a.Conversation, default));
        Assert.Equal(b.Id, (await Queue.ClaimNextAsync("maria", default))!.Id);
        Assert.Equal(TicketChangeStatus.NotOpen, (await Queue.CancelByUserAsync(a.Id, default)).Status);
        var audit = await Services.Audit.ReadTicketAsync(a.Id, default);
        Assert.Contains(audit, e => e.Action == AuditAction.Cancel && e.Actor == "user");
    }

    [Fact]
    public async Task TheUserCannotCancelATicketACounsellorHolds()
    {
        var a = await EnqueueAsync("a", TicketPriority.P3);
        await Queue.ClaimNextAsync("maria", default);

        var cancelled = await Queue.CancelByUserAsync(a.Id, default);

        Assert.Equal(TicketChangeStatus.NotWaiting, cancelled.Status);
        Assert.Equal("maria", (await Queue.GetAsync(a.Id, default))!.Counsellor);
    }

    [Fact]
    public async Task UnknownTicketsAreNotFound()
    {
        Assert.Null(await Queue.GetAsync("0000009999", default));
        Assert.Null(await Queue.GetPositionAsync("0000009999", default));
        Assert.Equal(TicketChangeStatus.NotFound, (await Queue.ClaimAsync("0000009999", "maria", default)).Status);
        Assert.Equal(TicketChangeStatus.NotFound, (await Queue.RenewLeaseAsync("0000009999", "maria", default)).Status);
        Assert.Equal(TicketChangeStatus.NotFound, (await Queue.RaisePriorityAsync("0000009999", TicketPriority.P1, "system", default)).Status);
        Assert.Equal(TicketChangeStatus.NotFound, (await Queue.CloseAsync("0000009999", "maria", TicketOutcome.Other, default)).Status);
        Assert.Equal(TicketChangeStatus.NotFound, (await Queue.CancelByUserAsync("0000009999", default)).Status);
        Assert.Null(await Queue.FindOpenAsync(Conversation("nobody"), default));
    }

    [Fact]
    public async Task PositionCountsTheTicketsServedFirstAndUsesTheDefaultWaitWithoutHistory()
    {
        var a = await EnqueueAsync("a", TicketPriority.P3);
        var b = await EnqueueAsync("b", TicketPriority.P2);
        var c = await EnqueueAsync("c", TicketPriority.P3);

        var positions = new[]
        {
            await Queue.GetPositionAsync(b.Id, default),
            await Queue.GetPositionAsync(a.Id, default),
            await Queue.GetPositionAsync(c.Id, default),
        };

        QueuePosition?[] expected =
            [new QueuePosition(1, 0, TimeSpan.FromMinutes(5)), new QueuePosition(2, 1, TimeSpan.FromMinutes(10)), new QueuePosition(3, 2, TimeSpan.FromMinutes(15))];
        Assert.Equal(expected, positions);
    }

    [Fact]
    public async Task TheWaitEstimateFollowsRecentClaimWaits()
    {
        await EnqueueAsync("first", TicketPriority.P2);
        await EnqueueAsync("second", TicketPriority.P2);
        Time.Advance(TimeSpan.FromMinutes(4) - TimeSpan.FromSeconds(2));
        var first = await Queue.ClaimNextAsync("maria", default); // waited 4 min from position 1
        await Queue.CloseAsync(first!.Id, "maria", TicketOutcome.AdviceGiven, default);
        Time.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));
        var second = await Queue.ClaimNextAsync("maria", default); // waited 6 min from position 2
        await Queue.CloseAsync(second!.Id, "maria", TicketOutcome.AdviceGiven, default);
        var c = await EnqueueAsync("c", TicketPriority.P2);
        var d = await EnqueueAsync("d", TicketPriority.P2);

        // 10 minutes over 3 positions: 200 s per position.
        Assert.Equal(new QueuePosition(1, 0, TimeSpan.FromSeconds(200)), await Queue.GetPositionAsync(c.Id, default));
        Assert.Equal(new QueuePosition(2, 1, TimeSpan.FromSeconds(400)), await Queue.GetPositionAsync(d.Id, default));
    }

    [Fact]
    public async Task OnlyWaitingTicketsHaveAPosition()
    {
        var a = await EnqueueAsync("a", TicketPriority.P2);
        var b = await EnqueueAsync("b", TicketPriority.P2);
        await Queue.ClaimAsync(a.Id, "maria", default);
        await Queue.ClaimAsync(b.Id, "maria", default);
        await Queue.CloseAsync(b.Id, "maria", TicketOutcome.Duplicate, default);

        Assert.Null(await Queue.GetPositionAsync(a.Id, default));
        Assert.Null(await Queue.GetPositionAsync(b.Id, default));
    }

    [Fact]
    public async Task ATransferredTicketsPositionCountsOnlyWhatItsCounsellorTakesFirst()
    {
        var a = await EnqueueAsync("a", TicketPriority.P3);
        await Queue.ClaimAsync(a.Id, "maria", default);
        await EnqueueAsync("b", TicketPriority.P2);
        await EnqueueAsync("c", TicketPriority.P3);
        await Queue.TransferToCounsellorAsync(a.Id, "maria", "elena", default);

        var position = await Queue.GetPositionAsync(a.Id, default);

        Assert.Equal(2, position!.Position);
        Assert.Equal(1, position.Ahead);
    }

    [Fact]
    public async Task TheOpenListHoldsWaitingAndClaimedTicketsMostUrgentFirst()
    {
        var a = await EnqueueAsync("a", TicketPriority.P3);
        var b = await EnqueueAsync("b", TicketPriority.P1);
        var c = await EnqueueAsync("c", TicketPriority.P2);
        var d = await EnqueueAsync("d", TicketPriority.P2);
        await Queue.ClaimAsync(c.Id, "maria", default);
        await Queue.ClaimAsync(d.Id, "maria", default);
        await Queue.CloseAsync(d.Id, "maria", TicketOutcome.AdviceGiven, default);

        var open = await Queue.ListOpenAsync(default);

        Assert.Equal([b.Id, c.Id, a.Id], open.Select(t => t.Id));
        Assert.Equal([TicketStatus.Waiting, TicketStatus.Claimed, TicketStatus.Waiting], open.Select(t => t.Status));
    }

    [Fact]
    public async Task TheTranscriptKeepsEveryEntryInOrderWithSequenceNumbers()
    {
        var conversation = Conversation("ana");
        await Queue.EnqueueAsync(Request("ana", TicketPriority.P2), default);
        var texts = new[] { "Buna, am nevoie de ajutor", "Un consilier vine imediat.", "Salut, sunt Maria.", "Ne-au luat pasapoartele" };
        var authors = new[] { TranscriptAuthor.User, TranscriptAuthor.Bot, TranscriptAuthor.Counsellor, TranscriptAuthor.User };

        var appended = new List<TranscriptEntry>();
        for (var i = 0; i < texts.Length; i++)
        {
            appended.Add(await Services.Transcripts.AppendAsync(conversation, authors[i], texts[i], authors[i] == TranscriptAuthor.Counsellor ? "maria" : null, default));
            Time.Advance(TimeSpan.FromSeconds(10));
        }

        var all = await Services.Transcripts.ReadAsync(conversation, "maria", 0, default);
        var later = await Services.Transcripts.ReadAsync(conversation, "maria", 2, default);

        Assert.Equal([1L, 2, 3, 4], appended.Select(e => e.Sequence));
        Assert.Equal(appended, all);
        Assert.Equal(texts, all.Select(e => e.Text));
        Assert.Equal(authors, all.Select(e => e.Author));
        Assert.Equal([null, null, "maria", null], all.Select(e => e.CounsellorName));
        Assert.Equal(appended[0].Time.AddSeconds(30), all[3].Time);
        Assert.Equal(appended.Skip(2), later);
    }

    [Fact]
    public async Task TranscriptsOfTwoConversationsStaySeparate()
    {
        await Services.Transcripts.AppendAsync(Conversation("ana"), TranscriptAuthor.User, "one", null, default);
        await Services.Transcripts.AppendAsync(Conversation("ion", "directline"), TranscriptAuthor.User, "two", null, default);

        Assert.Equal(["one"], (await Services.Transcripts.ReadAsync(Conversation("ana"), "maria", 0, default)).Select(e => e.Text));
        Assert.Equal(["two"], (await Services.Transcripts.ReadAsync(Conversation("ion", "directline"), "maria", 0, default)).Select(e => e.Text));
        Assert.Empty(await Services.Transcripts.ReadAsync(Conversation("nobody"), "maria", 0, default));
    }

    [Fact]
    public async Task EveryAccessIsAuditedWithoutMessageBodiesOrAddresses()
    {
        var conversation = Conversation("ana");
        var ticket = (await Queue.EnqueueAsync(Request("ana", TicketPriority.P2), default)).Ticket;
        await Services.Transcripts.AppendAsync(conversation, TranscriptAuthor.User, "secret words from the child", null, default);
        await Queue.ClaimNextAsync("maria", default);
        await Services.Transcripts.ReadAsync(conversation, "maria", 0, default);
        await Services.Transcripts.AppendAsync(conversation, TranscriptAuthor.Counsellor, "private reply from maria", "maria", default);
        await Services.Audit.WriteAsync(new AuditEntry(Time.GetUtcNow(), "maria", AuditAction.RevealNumber, ticket.Id, null), default);
        await Queue.CloseAsync(ticket.Id, "maria", TicketOutcome.AdviceGiven, default);

        var audit = await Services.Audit.ReadTicketAsync(ticket.Id, default);

        Assert.Equal(
            [AuditAction.Enqueue, AuditAction.Claim, AuditAction.Read, AuditAction.Reply, AuditAction.RevealNumber, AuditAction.Close],
            audit.Select(e => e.Action));
        Assert.Equal(["system", "maria", "maria", "maria", "maria", "maria"], audit.Select(e => e.Actor));
        Assert.All(audit, e => Assert.Equal(ticket.Id, e.TicketId));
        Assert.All(audit, e => Assert.Equal(Time.GetUtcNow(), e.Time));
        Assert.All(audit, e => Assert.DoesNotContain("secret", e.Detail ?? ""));
        Assert.All(audit, e => Assert.DoesNotContain("private", e.Detail ?? ""));
        Assert.All(audit, e => Assert.DoesNotContain(conversation.UserAddressId, e.Detail ?? ""));
        Assert.Equal(AuditAction.Close, (await Services.Audit.ReadRecentAsync(1, default)).Single().Action);
    }

    [Fact]
    public async Task SubscribersHearOfEveryChange()
    {
        var heard = new ConcurrentQueue<QueueChange>();
        await using (await Services.Notifications.SubscribeAsync(heard.Enqueue, default))
        {
            var a = (await Queue.EnqueueAsync(Request("a", TicketPriority.P3), default)).Ticket;
            await Queue.RaisePriorityAsync(a.Id, TicketPriority.P2, "system", default);
            await Queue.ClaimNextAsync("maria", default);
            await Services.Transcripts.AppendAsync(a.Conversation, TranscriptAuthor.User, "hello", null, default);
            await Queue.TransferToQueueAsync(a.Id, "maria", default);
            await Queue.ClaimNextAsync("ion", default);
            Time.Advance(Lease);
            await Queue.RequeueExpiredAsync(default);
            await Queue.ClaimNextAsync("ion", default);
            await Queue.CloseAsync(a.Id, "ion", TicketOutcome.Other, default);
            var b = (await Queue.EnqueueAsync(Request("b", TicketPriority.P3), default)).Ticket;
            await Queue.CancelByUserAsync(b.Id, default);

            QueueChange[] expected =
            [
                new(a.Id, QueueChangeKind.Enqueued), new(a.Id, QueueChangeKind.Raised), new(a.Id, QueueChangeKind.Claimed),
                new(a.Id, QueueChangeKind.MessageAdded), new(a.Id, QueueChangeKind.Transferred), new(a.Id, QueueChangeKind.Claimed),
                new(a.Id, QueueChangeKind.Requeued), new(a.Id, QueueChangeKind.Claimed), new(a.Id, QueueChangeKind.Closed),
                new(b.Id, QueueChangeKind.Enqueued), new(b.Id, QueueChangeKind.Cancelled),
            ];
            await WaitUntilAsync(() => heard.Count >= expected.Length);
            Assert.Equal(expected, heard.ToArray());
        }
    }

    [Fact]
    public async Task AfterUnsubscribingNothingIsHeard()
    {
        var heard = new ConcurrentQueue<QueueChange>();
        var subscription = await Services.Notifications.SubscribeAsync(heard.Enqueue, default);
        await subscription.DisposeAsync();
        var probe = new ConcurrentQueue<QueueChange>();
        await using var other = await Services.Notifications.SubscribeAsync(probe.Enqueue, default);

        await Queue.EnqueueAsync(Request("a", TicketPriority.P3), default);

        await WaitUntilAsync(() => !probe.IsEmpty);
        Assert.Empty(heard);
    }

    [Fact]
    public async Task InvalidInputIsRejected()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Queue.ClaimNextAsync(" ", default));
        await Assert.ThrowsAsync<ArgumentException>(() => Queue.EnqueueAsync(Request("a", TicketPriority.P2, "bad category!"), default));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Queue.EnqueueAsync(Request("a", (TicketPriority)7), default));
        await Assert.ThrowsAsync<ArgumentException>(() => Services.Transcripts.AppendAsync(Conversation("a"), TranscriptAuthor.Counsellor, "hi", null, default));
        Assert.Empty(await Queue.ListOpenAsync(default));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition() && DateTime.UtcNow < deadline) await Task.Delay(10);
    }
}
