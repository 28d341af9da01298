using Helpline.Core.Schema;

namespace Helpline.Core.Turns;

/// <summary>The turn context the adapters create for each incoming activity.</summary>
public sealed class TurnContext(Activity activity) : ITurnContext
{
    private readonly List<Activity> _replies = [];
    private int _sequence;

    public Activity Activity { get; } = activity ?? throw new ArgumentNullException(nameof(activity));
    public TurnState TurnState { get; } = new();
    public bool Responded => _replies.Count > 0;
    public IReadOnlyList<Activity> Replies => _replies;

    public Task<string> SendActivityAsync(Activity reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        reply.ChannelId ??= Activity.ChannelId;
        reply.Conversation ??= Activity.Conversation;
        reply.From ??= Activity.Recipient;
        reply.Recipient ??= Activity.From;
        reply.ReplyToId ??= Activity.Id;
        reply.Timestamp ??= DateTimeOffset.UtcNow;
        reply.Id ??= $"{Activity.Id ?? "turn"}-r{++_sequence}";
        _replies.Add(reply);
        return Task.FromResult(reply.Id);
    }

    public Task<string> SendActivityAsync(string text, CancellationToken cancellationToken = default) =>
        SendActivityAsync(Activity.CreateReply(text), cancellationToken);

    /// <summary>Forgets the replies of a failed attempt before the turn is run again.</summary>
    internal void ClearReplies() => _replies.Clear();
}
