using System.Collections.Concurrent;
using Helpline.Core.Counselling;
using Helpline.Redis.Counselling;
using Helpline.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace Helpline.Redis.Tests.Counselling;

/// <summary>What only a real Redis can show: many connections at once, restarts, expiry, key layout.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisCounsellorQueueTests(RedisServer redis)
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly RedisKeys _keys = new(RedisServer.UniquePrefix(nameof(RedisCounsellorQueueTests)));
    private readonly CounsellorQueueOptions _options = new() { Retention = TimeSpan.FromDays(30) };

    private RedisCounsellorQueue Queue(IConnectionMultiplexer connection) => new(connection, _keys, Options.Create(_options), _time);

    private RedisTranscriptStore Transcripts(IConnectionMultiplexer connection) => new(connection, _keys, Options.Create(_options), _time);

    private static TicketRequest Request(string name, TicketPriority priority = TicketPriority.P2) =>
        new(new TicketConversation("sms", "conv-" + name, "+40700000" + name.Length.ToString("D3")), priority, "ro", "RO", ["asks-for-person"]);

    [Fact]
    public async Task ClaimsFromManyServiceInstancesAtOnceNeverHandOneTicketOutTwice()
    {
        const int tickets = 400;
        const int instances = 4;
        const int claimersPerInstance = 15;
        var connections = new List<ConnectionMultiplexer>();
        try
        {
            for (var i = 0; i < instances; i++) connections.Add(await ConnectionMultiplexer.ConnectAsync(redis.Configuration));
            var queues = connections.Select(Queue).ToList();
            // Enqueue from every instance while the claimers already run, so claims race with enqueues too.
            var enqueue = Task.WhenAll(Enumerable.Range(0, tickets).Select(i =>
                queues[i % instances].EnqueueAsync(Request("many" + i, (TicketPriority)(i % 3 + 1)), default)));
            var claimed = new ConcurrentBag<string>();
            var claimers = Enumerable.Range(0, instances * claimersPerInstance).Select(n => Task.Run(async () =>
            {
                var queue = queues[n % instances];
                while (true)
                {
                    // Read before claiming: once every enqueue is done, an empty claim means the queue is empty.
                    var allEnqueued = enqueue.IsCompleted;
                    if (await queue.ClaimNextAsync("counsellor-" + n, default) is { } ticket)
                    {
                        claimed.Add(ticket.Id);
                    }
                    else if (allEnqueued)
                    {
                        return;
                    }
                    else
                    {
                        await Task.Delay(2);
                    }
                }
            })).ToList();
            await enqueue;
            await Task.WhenAll(claimers);

            Assert.Equal(tickets, claimed.Count);
            Assert.Equal(tickets, claimed.Distinct().Count());
            var open = await queues[0].ListOpenAsync(default);
            Assert.Equal(tickets, open.Count);
            Assert.All(open, t => Assert.Equal(TicketStatus.Claimed, t.Status));
            var db = connections[0].GetDatabase();
            Assert.Equal(0, await db.SortedSetLengthAsync(_keys.Waiting));
            Assert.Equal(tickets, await db.SortedSetLengthAsync(_keys.Leases));
        }
        finally
        {
            foreach (var connection in connections) await connection.DisposeAsync();
        }
    }

    [Fact]
    public async Task ConcurrentEscalationsOfOneConversationOpenOneTicket()
    {
        var queue = Queue(redis.Connection);
        var results = await Task.WhenAll(Enumerable.Range(0, 60).Select(i =>
            Task.Run(() => queue.EnqueueAsync(Request("same-" + (i % 6), (TicketPriority)(i / 6 % 3 + 1)), default))));

        Assert.Equal(6, results.Select(r => r.Ticket.Id).Distinct().Count());
        Assert.Equal(6, results.Count(r => r.Created));
        var open = await queue.ListOpenAsync(default);
        Assert.Equal(6, open.Count);
        Assert.All(open, t => Assert.Equal(TicketPriority.P1, t.Priority));
    }

    [Fact]
    public async Task ANewServiceInstanceSeesTicketsTranscriptsAndLeases()
    {
        string waitingId, claimedId;
        var conversation = Request("restart").Conversation;
        await using (var before = await ConnectionMultiplexer.ConnectAsync(redis.Configuration))
        {
            var queue = Queue(before);
            claimedId = (await queue.EnqueueAsync(Request("restart", TicketPriority.P1), default)).Ticket.Id;
            waitingId = (await queue.EnqueueAsync(Request("other", TicketPriority.P3), default)).Ticket.Id;
            await Transcripts(before).AppendAsync(conversation, TranscriptAuthor.User, "Ma tem sa plec", null, default);
            await queue.ClaimNextAsync("maria", default);
            await Transcripts(before).AppendAsync(conversation, TranscriptAuthor.Counsellor, "Sunt aici.", "maria", default);
        }

        await using var after = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var restarted = Queue(after);
        var open = await restarted.ListOpenAsync(default);
        Assert.Equal([claimedId, waitingId], open.Select(t => t.Id));
        Assert.Equal("maria", open[0].Counsellor);
        Assert.Equal(TicketChangeStatus.Changed, (await restarted.RenewLeaseAsync(claimedId, "maria", default)).Status);
        Assert.Equal(TicketChangeStatus.HeldByAnother, (await restarted.ClaimAsync(claimedId, "ion", default)).Status);
        Assert.Equal(waitingId, (await restarted.ClaimNextAsync("ion", default))!.Id);
        var transcript = await Transcripts(after).ReadAsync(conversation, "maria", 0, default);
        Assert.Equal(["Ma tem sa plec", "Sunt aici."], transcript.Select(e => e.Text));
        Assert.Equal(3, (await Transcripts(after).AppendAsync(conversation, TranscriptAuthor.User, "multumesc", null, default)).Sequence);
    }

    [Fact]
    public async Task TicketsTranscriptsAndAuditSurviveARedisRestartWithAppendOnlyPersistence()
    {
        var server = RedisServer.WithAppendOnly();
        try
        {
            await server.StartAsync();
            var conversation = Request("aof").Conversation;
            // A long-lived connection, like the service's, that must carry on after Redis comes back.
            await using var service = await ConnectionMultiplexer.ConnectAsync(server.Configuration);
            var queue = Queue(service);
            var audit = new RedisAuditLog(service, _keys, Options.Create(_options));
            var held = (await queue.EnqueueAsync(Request("aof", TicketPriority.P2), default)).Ticket;
            var waiting = (await queue.EnqueueAsync(Request("aof-waiting", TicketPriority.P1), default)).Ticket;
            var closed = (await queue.EnqueueAsync(Request("aof-closed", TicketPriority.P3), default)).Ticket;
            await queue.ClaimAsync(held.Id, "maria", default);
            await queue.ClaimAsync(closed.Id, "maria", default);
            await queue.CloseAsync(closed.Id, "maria", TicketOutcome.ReferredPolice, default);
            for (var i = 1; i <= 20; i++)
            {
                await Transcripts(service).AppendAsync(conversation, i % 2 == 0 ? TranscriptAuthor.Counsellor : TranscriptAuthor.User, "mesaj " + i, i % 2 == 0 ? "maria" : null, default);
            }
            var auditBefore = await audit.ReadRecentAsync(1000, default);
            var openBefore = await queue.ListOpenAsync(default);

            await server.RestartAsync();
            await WaitForAsync(service);

            var openAfter = await queue.ListOpenAsync(default);
            Assert.Equal(openBefore, openAfter);
            Assert.Equal(closed.Id, (await queue.GetAsync(closed.Id, default))!.Id);
            Assert.Equal(TicketOutcome.ReferredPolice, (await queue.GetAsync(closed.Id, default))!.Outcome);
            var transcript = await Transcripts(service).ReadAsync(conversation, "maria", 0, default);
            Assert.Equal(Enumerable.Range(1, 20).Select(i => "mesaj " + i), transcript.Select(e => e.Text));
            Assert.Equal(auditBefore, (await audit.ReadRecentAsync(1000, default)).Skip(1));
            // The scripts are loaded again transparently and the queue carries on where it was.
            Assert.Equal(waiting.Id, (await queue.ClaimNextAsync("ion", default))!.Id);
            Assert.Equal(TicketChangeStatus.Changed, (await queue.RenewLeaseAsync(held.Id, "maria", default)).Status);
            Assert.Equal("0000000004", (await queue.EnqueueAsync(Request("after-restart"), default)).Ticket.Id);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    [Fact]
    public async Task NothingAcknowledgedIsLostWhenRedisIsKilledWithoutWarning()
    {
        var server = RedisServer.WithAppendOnly();
        try
        {
            await server.StartAsync();
            await using var service = await ConnectionMultiplexer.ConnectAsync(server.Configuration);
            var queue = Queue(service);
            var ids = new List<string>();
            for (var i = 0; i < 30; i++) ids.Add((await queue.EnqueueAsync(Request("crash" + i, (TicketPriority)(i % 3 + 1)), default)).Ticket.Id);
            var claimed = (await queue.ClaimNextAsync("maria", default))!;
            var conversation = Request("crash0").Conversation;
            await Transcripts(service).AppendAsync(conversation, TranscriptAuthor.User, "ultimul mesaj", null, default);
            var before = await queue.ListOpenAsync(default);

            // No SHUTDOWN, no final save: only what the append-only file already holds comes back.
            var info = (string)(await service.GetDatabase().ExecuteAsync("INFO", "server"))!;
            var processId = int.Parse(info.Split('\n').Single(l => l.StartsWith("process_id:", StringComparison.Ordinal))["process_id:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            using (var redisProcess = System.Diagnostics.Process.GetProcessById(processId))
            {
                redisProcess.Kill();
                Assert.True(redisProcess.WaitForExit(10_000));
            }
            await server.RestartAsync();
            await WaitForAsync(service);

            Assert.Equal(before, await queue.ListOpenAsync(default));
            Assert.Equal("maria", (await queue.GetAsync(claimed.Id, default))!.Counsellor);
            Assert.Equal(["ultimul mesaj"], (await Transcripts(service).ReadAsync(conversation, "maria", 0, default)).Select(e => e.Text));
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    [Fact]
    public async Task ATranscriptNeverExpiresWhileItsTicketIsOpenAndIsKeptForTheRetentionPeriodAfter()
    {
        var db = redis.Connection.GetDatabase();
        var queue = Queue(redis.Connection);
        var conversation = Request("ttl").Conversation;
        await Transcripts(redis.Connection).AppendAsync(conversation, TranscriptAuthor.Bot, "before escalation", null, default);
        AssertAboutRetention(await db.KeyTimeToLiveAsync(_keys.Transcript(conversation)));

        var ticket = (await queue.EnqueueAsync(Request("ttl"), default)).Ticket;
        Assert.Null(await db.KeyTimeToLiveAsync(_keys.Transcript(conversation)));
        await Transcripts(redis.Connection).AppendAsync(conversation, TranscriptAuthor.User, "while waiting", null, default);
        Assert.Null(await db.KeyTimeToLiveAsync(_keys.Transcript(conversation)));
        Assert.Null(await db.KeyTimeToLiveAsync(_keys.Tickets));

        await queue.ClaimAsync(ticket.Id, "maria", default);
        await queue.CloseAsync(ticket.Id, "maria", TicketOutcome.AdviceGiven, default);

        AssertAboutRetention(await db.KeyTimeToLiveAsync(_keys.Transcript(conversation)));
        AssertAboutRetention(await db.KeyTimeToLiveAsync(_keys.ClosedTicket(ticket.Id)));
        Assert.False(await db.HashExistsAsync(_keys.Tickets, ticket.Id));
        Assert.False(await db.HashExistsAsync(_keys.Conversations, conversation.Key));
    }

    [Fact]
    public async Task EveryKeyOfTheQueueSharesOneClusterHashSlot()
    {
        var connection = redis.Connection;
        var queue = Queue(connection);
        var a = (await queue.EnqueueAsync(Request("slot-a"), default)).Ticket;
        var b = (await queue.EnqueueAsync(Request("slot-b"), default)).Ticket;
        var c = (await queue.EnqueueAsync(Request("slot-c"), default)).Ticket;
        await queue.EnqueueAsync(Request("slot-d"), default);
        await Transcripts(connection).AppendAsync(a.Conversation, TranscriptAuthor.User, "x", null, default);
        await queue.ClaimAsync(a.Id, "maria", default);
        await queue.TransferToCounsellorAsync(a.Id, "maria", "elena", default);
        await queue.ClaimAsync(b.Id, "maria", default);
        await queue.CloseAsync(b.Id, "maria", TicketOutcome.Other, default);
        await queue.ClaimAsync(c.Id, "ion", default);

        var server = connection.GetServer(connection.GetEndPoints()[0]);
        var keys = server.Keys(pattern: "{" + _keys.Prefix + "*").Select(k => (string)k!).ToList();

        Assert.Equal(
            new[] { _keys.Tickets, _keys.Waiting, _keys.Leases, _keys.Assigned, _keys.AssignmentDeadlines, _keys.Conversations, _keys.TicketSequence, _keys.ClaimWaits, _keys.Audit, _keys.ClosedTicket(b.Id), _keys.Transcript(a.Conversation) }
                .Select(k => (string)k!).Order(StringComparer.Ordinal),
            keys.Order(StringComparer.Ordinal));
        Assert.Single(keys.Select(k => connection.HashSlot(k)).Distinct());
    }

    [Fact]
    public async Task TheAuditStreamIsTrimmedByAge()
    {
        var options = new CounsellorQueueOptions { AuditRetention = TimeSpan.FromMilliseconds(1) };
        var audit = new RedisAuditLog(redis.Connection, _keys, Options.Create(options));
        for (var i = 0; i < 350; i++) await audit.WriteAsync(new AuditEntry(_time.GetUtcNow(), "maria", AuditAction.View, "0000000001", null), default);
        await Task.Delay(20);

        await audit.WriteAsync(new AuditEntry(_time.GetUtcNow(), "maria", AuditAction.View, "0000000002", null), default);

        var length = await redis.Connection.GetDatabase().StreamLengthAsync(_keys.Audit);
        Assert.True(length < 351, $"the stream kept all {length} entries");
        Assert.Single(await audit.ReadTicketAsync("0000000002", default));
    }

    [Fact]
    public async Task ChangesMadeByOneInstanceReachSubscribersOfAnother()
    {
        await using var other = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var heard = new ConcurrentQueue<QueueChange>();
        await using var subscription = await new RedisQueueNotifications(other, _keys).SubscribeAsync(heard.Enqueue, default);

        var ticket = (await Queue(redis.Connection).EnqueueAsync(Request("notice"), default)).Ticket;

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (heard.IsEmpty && DateTime.UtcNow < deadline) await Task.Delay(10);
        Assert.Equal(new QueueChange(ticket.Id, QueueChangeKind.Enqueued), Assert.Single(heard));
    }

    [Fact]
    public void EveryScriptExpandsItsIncludesAndPrepares()
    {
        var names = typeof(RedisScripts).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Scripts/", StringComparison.Ordinal) && !n.StartsWith("Scripts/_", StringComparison.Ordinal))
            .Select(n => n["Scripts/".Length..^".lua".Length])
            .ToList();

        Assert.True(names.Count >= 15, string.Join(", ", names));
        Assert.All(names, n => Assert.DoesNotContain("--#include", RedisScripts.Source(n)));
        Assert.All(names, n => Assert.NotNull(RedisScripts.Get(n)));
    }

    private void AssertAboutRetention(TimeSpan? ttl)
    {
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, _options.Retention - TimeSpan.FromMinutes(1), _options.Retention);
    }

    private static async Task WaitForAsync(IConnectionMultiplexer connection)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                await connection.GetDatabase().PingAsync();
                return;
            }
            catch (RedisException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }
}
