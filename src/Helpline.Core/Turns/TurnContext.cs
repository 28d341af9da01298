using Helpline.Core.Schema;

namespace Helpline.Core.Turns;

/// <summary>The turn context the adapters create for each incoming activity.</summary>
public sealed class TurnContext(Activity activity) : ITurnContext
{
    private readonly List<Activity> _replies = [];
    private readonly List<SendActivitiesHandler> _onSend = [];
    private int _sequence;

    public Activity Activity { get; } = activity ?? throw new ArgumentNullException(nameof(activity));
    public TurnState TurnState { get; } = new();
    public bool Responded => _replies.Count > 0;
    public IReadOnlyList<Activity> Replies => _replies;

    public async Task<string> SendActivityAsync(Activity reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        reply.ChannelId ??= Activity.ChannelId;
        reply.Conversation ??= Activity.Conversation;
        reply.From ??= Activity.Recipient;
        reply.Recipient ??= Activity.From;
        reply.ReplyToId ??= Activity.Id;
        reply.Timestamp ??= DateTimeOffset.UtcNow;
        reply.Id ??= $"{Activity.Id ?? "turn"}-r{++_sequence}";
        await RunHandlersAsync([reply], 0).ConfigureAwait(false);
        return reply.Id;
    }

    public ITurnContext OnSendActivities(SendActivitiesHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _onSend.Add(handler);
        return this;
    }

    private Task RunHandlersAsync(IReadOnlyList<Activity> activities, int index)
    {
        if (index == _onSend.Count)
        {
            _replies.AddRange(activities);
            return Task.CompletedTask;
        }
        return _onSend[index](this, activities, () => RunHandlersAsync(activities, index + 1));
    }

    public Task<string> SendActivityAsync(string text, CancellationToken cancellationToken = default) =>
        SendActivityAsync(Activity.CreateReply(text), cancellationToken);

    /// <summary>Forgets the replies of a failed attempt before the turn is run again.</summary>
    internal void ClearReplies() => _replies.Clear();
}
