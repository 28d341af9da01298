using Helpline.Core.Counselling;
using Helpline.Core.Turns;
using Helpline.Redis;
using StackExchange.Redis;

namespace Helpline.Server.Counselling;

/// <summary>
/// "Delete my data" for transcripts kept in Redis: deletes the conversation's transcript, unless the
/// conversation has an open ticket (then the counsellor still needs it, and it is kept until the ticket
/// closes and its retention runs out).
/// </summary>
public sealed partial class TranscriptEraser(ICounsellorQueue queue, IConnectionMultiplexer redis, RedisKeys keys, ILogger<TranscriptEraser> logger) : ITranscriptEraser
{
    public async Task<TranscriptErasure> EraseConversationAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var conversation = TurnTranscript.ConversationOf(turnContext);
        if (conversation is null) return new TranscriptErasure(false);
        if (await queue.FindOpenAsync(conversation, cancellationToken).ConfigureAwait(false) is { } open)
        {
            LogKept(open.Id);
            return new TranscriptErasure(true);
        }
        await redis.GetDatabase().KeyDeleteAsync(keys.Transcript(conversation)).ConfigureAwait(false);
        return new TranscriptErasure(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Erasure: the transcript of ticket {TicketId} is kept while the ticket is open.")]
    private partial void LogKept(string ticketId);
}
