using System.Collections.Concurrent;
using Helpline.Core.Schema;
using Microsoft.Extensions.Options;

namespace Helpline.Channels.DirectLine;

/// <summary>
/// The Direct Line store in this process (the embedded default without Redis). Activities are kept as JSON,
/// so a reader never shares an object with the turn that wrote it. Conversations expire after the retention
/// period since their last activity.
/// </summary>
public sealed class InMemoryDirectLineStore(IOptions<DirectLineOptions> options, TimeProvider time) : IDirectLineStore
{
    private readonly ConcurrentDictionary<string, Entry> _conversations = new(StringComparer.Ordinal);
    private long _appendsSinceSweep;

    public Task<bool> CreateConversationAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var entry = new Entry(conversation, now + options.Value.Retention);
        while (true)
        {
            if (_conversations.TryAdd(conversation.ConversationId, entry)) return Task.FromResult(true);
            if (TryGetLive(conversation.ConversationId, now, out _)) return Task.FromResult(false);
        }
    }

    public Task<DirectLineConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(TryGetLive(conversationId, time.GetUtcNow(), out var entry) ? entry.Conversation : null);

    public Task<bool> TryMarkStartedAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(TryGetLive(conversationId, time.GetUtcNow(), out var entry) && Interlocked.Exchange(ref entry.Started, 1) == 0);

    public Task<long?> AppendActivityAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!TryGetLive(conversationId, now, out var entry)) return Task.FromResult<long?>(null);
        long watermark;
        lock (entry)
        {
            if (entry.Activities.Count >= options.Value.MaxActivitiesPerConversation) return Task.FromResult<long?>(null);
            watermark = entry.Activities.Count + 1;
            var previousId = activity.Id;
            activity.Id = DirectLineIds.ActivityId(conversationId, watermark);
            entry.Activities.Add(ActivityJson.Serialize(activity));
            activity.Id = previousId;
            entry.ExpiresAtMs = (now + options.Value.Retention).ToUnixTimeMilliseconds();
        }
        if (Interlocked.Increment(ref _appendsSinceSweep) % 1000 == 0) Sweep(now);
        return Task.FromResult<long?>(watermark);
    }

    public Task<DirectLineActivitySet> GetActivitiesAsync(string conversationId, long afterWatermark, int max, CancellationToken cancellationToken)
    {
        var after = Math.Max(0, afterWatermark);
        if (!TryGetLive(conversationId, time.GetUtcNow(), out var entry))
        {
            return Task.FromResult(new DirectLineActivitySet([], after.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        List<string> slice;
        int start;
        lock (entry)
        {
            start = (int)Math.Min(after, entry.Activities.Count);
            slice = entry.Activities.GetRange(start, Math.Min(max, entry.Activities.Count - start));
        }
        var activities = slice.Select(json => ActivityJson.Deserialize(json)!).ToList();
        var watermark = Math.Min(after, start) + activities.Count;
        return Task.FromResult(new DirectLineActivitySet(activities, watermark.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private bool TryGetLive(string conversationId, DateTimeOffset now, out Entry entry)
    {
        if (_conversations.TryGetValue(conversationId, out entry!))
        {
            if (entry.ExpiresAtMs > now.ToUnixTimeMilliseconds()) return true;
            _conversations.TryRemove(new KeyValuePair<string, Entry>(conversationId, entry));
        }
        return false;
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var pair in _conversations)
        {
            if (pair.Value.ExpiresAtMs <= now.ToUnixTimeMilliseconds()) _conversations.TryRemove(pair);
        }
    }

    private sealed class Entry(DirectLineConversation conversation, DateTimeOffset expiresAt)
    {
        public DirectLineConversation Conversation { get; } = conversation;
        public List<string> Activities { get; } = [];
        public int Started;
        private long _expiresAtMs = expiresAt.ToUnixTimeMilliseconds();

        public long ExpiresAtMs
        {
            get => Volatile.Read(ref _expiresAtMs);
            set => Volatile.Write(ref _expiresAtMs, value);
        }
    }
}
