using static Helpline.Core.Counselling.InMemory.InMemoryCounsellingStore;

namespace Helpline.Core.Counselling.InMemory;

/// <summary>Transcripts in process memory, with the same retention and audit rules as the Redis store.</summary>
public sealed class InMemoryTranscriptStore(InMemoryCounsellingStore store) : ITranscriptStore
{
    public Task<TranscriptEntry> AppendAsync(TicketConversation conversation, TranscriptAuthor author, string text, string? counsellor, CancellationToken cancellationToken)
    {
        TranscriptArguments.ValidateAppend(conversation, author, text, counsellor);
        var changes = new List<QueueChange>();
        TranscriptEntry entry;
        lock (store.Gate)
        {
            var now = store.Now();
            var key = conversation.Key;
            var transcript = store.LiveTranscript(key, now) ?? new StoredTranscript();
            store.Transcripts[key] = transcript;
            entry = new TranscriptEntry(transcript.Entries.Count + 1, now, author, author == TranscriptAuthor.Counsellor ? counsellor : null, text);
            transcript.Entries.Add(entry);
            var openId = store.Conversations.TryGetValue(key, out var id) && store.Open.ContainsKey(id) ? id : null;
            transcript.ExpiresAt = openId is null ? now + store.Options.Retention : null;
            if (author == TranscriptAuthor.Counsellor)
            {
                store.WriteAudit(now, counsellor!, AuditAction.Reply, openId, $"seq={entry.Sequence}");
            }
            if (openId is not null) changes.Add(new QueueChange(openId, QueueChangeKind.MessageAdded));
        }
        store.Publish(changes);
        return Task.FromResult(entry);
    }

    public Task<IReadOnlyList<TranscriptEntry>> ReadAsync(TicketConversation conversation, string actor, long afterSequence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        CounsellingArguments.ValidateName(actor, nameof(actor));
        ArgumentOutOfRangeException.ThrowIfNegative(afterSequence);
        lock (store.Gate)
        {
            var now = store.Now();
            var key = conversation.Key;
            IReadOnlyList<TranscriptEntry> entries = store.LiveTranscript(key, now) is { } transcript
                ? [.. transcript.Entries.Skip((int)Math.Min(afterSequence, int.MaxValue))]
                : [];
            var openId = store.Conversations.TryGetValue(key, out var id) && store.Open.ContainsKey(id) ? id : null;
            store.WriteAudit(now, actor, AuditAction.Read, openId, $"after={afterSequence} count={entries.Count}");
            return Task.FromResult(entries);
        }
    }
}
