using Helpline.Core.Turns;

namespace Helpline.Core.Counselling.InMemory;

/// <summary>
/// "Delete my data" for transcripts in process memory: removes the conversation's transcript unless the
/// conversation has an open ticket (a counsellor still needs it; it then expires with the retention period).
/// </summary>
public sealed class InMemoryTranscriptEraser(InMemoryCounsellingStore store) : ITranscriptEraser
{
    public Task<TranscriptErasure> EraseConversationAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (TurnConversation.Of(turnContext) is not { } conversation) return Task.FromResult(new TranscriptErasure(false));
        lock (store.Gate)
        {
            var key = conversation.Key;
            if (store.Conversations.TryGetValue(key, out var id) && store.Open.ContainsKey(id)) return Task.FromResult(new TranscriptErasure(true));
            store.Transcripts.Remove(key);
        }
        return Task.FromResult(new TranscriptErasure(false));
    }
}
