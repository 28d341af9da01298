using Helpline.Core.Counselling;
using Helpline.Core.Turns;
using StackExchange.Redis;

namespace Helpline.Redis.Counselling;

/// <summary>
/// "Delete my data" for transcripts in Redis: one script deletes the conversation's transcript unless the
/// conversation has an open ticket (then a counsellor still needs it, and it expires after the ticket closes).
/// </summary>
public sealed class RedisTranscriptEraser(IConnectionMultiplexer redis, RedisKeys keys) : ITranscriptEraser
{
    public async Task<TranscriptErasure> EraseConversationAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (TurnConversation.Of(turnContext) is not { } conversation) return new TranscriptErasure(false);
        var erased = await RedisScripts.EvaluateAsync(redis.GetDatabase(), "EraseTranscript",
            [keys.Conversations, keys.Transcript(conversation)], [conversation.Key]).ConfigureAwait(false);
        return new TranscriptErasure((long)erased == 0);
    }
}
