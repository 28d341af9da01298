using Helpline.Core.Counselling;
using Helpline.Core.Counselling.InMemory;
using Helpline.Core.Idempotency;
using Helpline.Core.Schema;
using Helpline.Core.Turns;
using Helpline.Server.Counselling;
using Helpline.Testing;
using Microsoft.Extensions.Options;

namespace Helpline.Server.Tests.Counselling;

/// <summary>A turn run again after a concurrent state write writes its messages to the transcript once.</summary>
public sealed class TurnTranscriptTests
{
    private readonly InMemoryTranscriptStore _transcripts = new(new InMemoryCounsellingStore(Options.Create(new CounsellorQueueOptions()), new ManualTimeProvider()));
    private readonly TicketConversation _conversation = new("sms", "sms-abc", "+37369000000");

    private static TurnContext Turn() => new(new Activity
    {
        Id = "SM123", Text = "ajutor", ChannelId = "sms",
        Conversation = new ConversationAccount("sms-abc"), From = new ChannelAccount("+37369000000"),
    });

    private async Task RunTurnAsync(TurnTranscript transcript)
    {
        var turn = Turn();
        transcript.RecordReplies(turn, _conversation);
        await transcript.AppendUserMessageAsync(turn, _conversation, default);
        await transcript.AppendUserMessageAsync(turn, _conversation, default);
        await turn.SendActivityAsync("reply one");
        await turn.SendActivityAsync("reply two");
    }

    [Fact]
    public async Task ARepeatedTurnWritesEachMessageOnce()
    {
        var transcript = new TurnTranscript(_transcripts, new InMemoryIdempotencyStore(TimeProvider.System));
        await RunTurnAsync(transcript);
        await RunTurnAsync(transcript);

        var entries = await _transcripts.ReadAsync(_conversation, "test", 0, default);
        Assert.Equal(["ajutor", "reply one", "reply two"], entries.Select(e => e.Text));
        Assert.Equal([TranscriptAuthor.User, TranscriptAuthor.Bot, TranscriptAuthor.Bot], entries.Select(e => e.Author));
    }

    [Fact]
    public async Task WithoutTheGuardARepeatWouldWriteTwice()
    {
        var transcript = new TurnTranscript(_transcripts);
        await RunTurnAsync(transcript);
        await RunTurnAsync(transcript);
        Assert.Equal(6, (await _transcripts.ReadAsync(_conversation, "test", 0, default)).Count);
    }
}
