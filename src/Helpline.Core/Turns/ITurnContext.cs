using Helpline.Core.Schema;

namespace Helpline.Core.Turns;

/// <summary>
/// One turn of a conversation: the incoming activity, the replies the bot sends, and per-turn state
/// (Bot Builder's <c>ITurnContext</c>). Replies are buffered and delivered by the channel after the
/// turn's state is saved, so a turn that must be retried never sends twice.
/// </summary>
public interface ITurnContext
{
    Activity Activity { get; }

    /// <summary>Values shared by the middleware and the bot during this turn (culture, safety result, ...).</summary>
    TurnState TurnState { get; }

    /// <summary>True once the bot has sent anything this turn.</summary>
    bool Responded { get; }

    /// <summary>The replies sent so far this turn, in order.</summary>
    IReadOnlyList<Activity> Replies { get; }

    Task<string> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task<string> SendActivityAsync(string text, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a handler that sees every reply before it is queued (Bot Builder's <c>OnSendActivities</c>); a
    /// handler that does not call <c>next</c> drops the reply (e.g. no SMS to a number that opted out).
    /// </summary>
    ITurnContext OnSendActivities(SendActivitiesHandler handler);
}

/// <summary>Sees the replies about to be queued; call <paramref name="next"/> to let them through.</summary>
public delegate Task SendActivitiesHandler(ITurnContext turnContext, IReadOnlyList<Schema.Activity> activities, Func<Task> next);
