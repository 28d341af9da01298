using Helpline.Core.Counselling;
using Helpline.Core.Counselling.InMemory;
using Helpline.Core.Schema;
using Helpline.Core.Turns;
using Helpline.Redis.Counselling;
using Helpline.Testing;
using Microsoft.Extensions.Options;

namespace Helpline.Redis.Tests.Counselling;

/// <summary>"Delete my data" keeps the transcript an open ticket needs and erases it otherwise, in memory and in Redis.</summary>
public abstract class TranscriptEraserContractTests
{
    protected ManualTimeProvider Time { get; } = new();
    protected IOptions<CounsellorQueueOptions> Options { get; } = Microsoft.Extensions.Options.Options.Create(new CounsellorQueueOptions());

    protected abstract (ICounsellorQueue Queue, ITranscriptStore Transcripts, ITranscriptEraser Eraser) Create();

    private static TurnContext Turn(TicketConversation conversation) => new(new Activity
    {
        ChannelId = conversation.ChannelId,
        Conversation = new ConversationAccount(conversation.ConversationId),
        From = new ChannelAccount(conversation.UserAddressId),
    });

    [Fact]
    public async Task TheTranscriptIsKeptWhileTheTicketIsOpenAndErasedOnceItIsClosed()
    {
        var (queue, transcripts, eraser) = Create();
        var conversation = new TicketConversation("sms", "sms-" + Guid.NewGuid().ToString("N"), "+37369000000");
        var ticket = (await queue.EnqueueAsync(new TicketRequest(conversation, TicketPriority.P2, "ro", "MD", ["documents-taken"]), default)).Ticket;
        await transcripts.AppendAsync(conversation, TranscriptAuthor.User, "text", null, default);

        Assert.True((await eraser.EraseConversationAsync(Turn(conversation), default)).KeptForOpenTicket);
        Assert.Single(await transcripts.ReadAsync(conversation, "test", 0, default));

        await queue.CancelByUserAsync(ticket.Id, default);
        Assert.False((await eraser.EraseConversationAsync(Turn(conversation), default)).KeptForOpenTicket);
        Assert.Empty(await transcripts.ReadAsync(conversation, "test", 0, default));
    }

    [Fact]
    public async Task AConversationWithoutATicketHasNothingKept()
    {
        var (_, _, eraser) = Create();
        var conversation = new TicketConversation("directline", Guid.NewGuid().ToString("N"), "dl_user");
        Assert.False((await eraser.EraseConversationAsync(Turn(conversation), default)).KeptForOpenTicket);
    }
}

public sealed class InMemoryTranscriptEraserContractTests : TranscriptEraserContractTests
{
    protected override (ICounsellorQueue, ITranscriptStore, ITranscriptEraser) Create()
    {
        var store = new InMemoryCounsellingStore(Options, Time);
        return (new InMemoryCounsellorQueue(store), new InMemoryTranscriptStore(store), new InMemoryTranscriptEraser(store));
    }
}

[Collection(RedisCollection.Name)]
public sealed class RedisTranscriptEraserContractTests(RedisServer redis) : TranscriptEraserContractTests
{
    protected override (ICounsellorQueue, ITranscriptStore, ITranscriptEraser) Create()
    {
        var keys = new RedisKeys(RedisServer.UniquePrefix(nameof(RedisTranscriptEraserContractTests)));
        return (new RedisCounsellorQueue(redis.Connection, keys, Options, Time),
            new RedisTranscriptStore(redis.Connection, keys, Options, Time),
            new RedisTranscriptEraser(redis.Connection, keys));
    }
}
