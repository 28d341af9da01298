using Helpline.Core.Counselling;
using Helpline.Core.Counselling.InMemory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Helpline.Redis.Tests.Counselling;

/// <summary>The in-memory store applies the retention periods on its clock (Redis does it with key expiry, tested there).</summary>
public sealed class InMemoryCounsellingRetentionTests
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(30);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryCounsellorQueue _queue;
    private readonly InMemoryTranscriptStore _transcripts;
    private readonly InMemoryAuditLog _audit;

    public InMemoryCounsellingRetentionTests()
    {
        var store = new InMemoryCounsellingStore(Options.Create(new CounsellorQueueOptions
        {
            Retention = Retention,
            AuditRetention = TimeSpan.FromDays(365),
            LeaseDuration = TimeSpan.FromDays(400),
        }), _time);
        _queue = new InMemoryCounsellorQueue(store);
        _transcripts = new InMemoryTranscriptStore(store);
        _audit = new InMemoryAuditLog(store);
    }

    private static readonly TicketConversation Conversation = new("directline", "c-1", "user-1");

    [Fact]
    public async Task AnOpenTicketAndItsTranscriptAreNeverDroppedHoweverLongTheyWait()
    {
        var ticket = (await _queue.EnqueueAsync(new TicketRequest(Conversation, TicketPriority.P3, "uk", "UA", []), default)).Ticket;
        await _transcripts.AppendAsync(Conversation, TranscriptAuthor.User, "hello", null, default);

        _time.Advance(Retention * 3);

        Assert.Equal(ticket.Id, (await _queue.GetAsync(ticket.Id, default))!.Id);
        Assert.Single(await _transcripts.ReadAsync(Conversation, "maria", 0, default));
    }

    [Fact]
    public async Task AClosedTicketAndItsTranscriptExpireAfterTheRetentionPeriod()
    {
        var ticket = (await _queue.EnqueueAsync(new TicketRequest(Conversation, TicketPriority.P3, "uk", "UA", []), default)).Ticket;
        await _transcripts.AppendAsync(Conversation, TranscriptAuthor.User, "hello", null, default);
        await _queue.ClaimAsync(ticket.Id, "maria", default);
        _time.Advance(TimeSpan.FromDays(2));
        await _queue.CloseAsync(ticket.Id, "maria", TicketOutcome.AdviceGiven, default);

        _time.Advance(Retention - TimeSpan.FromSeconds(1));
        Assert.NotNull(await _queue.GetAsync(ticket.Id, default));
        Assert.Single(await _transcripts.ReadAsync(Conversation, "maria", 0, default));

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(await _queue.GetAsync(ticket.Id, default));
        Assert.Empty(await _transcripts.ReadAsync(Conversation, "maria", 0, default));
    }

    [Fact]
    public async Task AuditEntriesOlderThanTheAuditRetentionAreDropped()
    {
        await _audit.WriteAsync(new AuditEntry(_time.GetUtcNow(), "maria", AuditAction.View, "0000000001", null), default);
        _time.Advance(TimeSpan.FromDays(366));
        await _audit.WriteAsync(new AuditEntry(_time.GetUtcNow(), "maria", AuditAction.View, "0000000002", null), default);

        var kept = await _audit.ReadRecentAsync(10, default);

        Assert.Equal(["0000000002"], kept.Select(e => e.TicketId));
    }
}
