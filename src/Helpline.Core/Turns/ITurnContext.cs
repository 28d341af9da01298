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
}
