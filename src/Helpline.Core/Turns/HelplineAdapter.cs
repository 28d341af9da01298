using Helpline.Core.Schema;
using Helpline.Core.State;
using Microsoft.Extensions.Logging;

namespace Helpline.Core.Turns;

/// <summary>
/// Runs one incoming activity through the middleware and the bot and returns the replies to deliver
/// (Bot Builder's <c>BotAdapter</c> with CoreBot's error handler). Replies are delivered by the channel
/// only after the turn has finished and its state is saved; when another instance changed the same
/// conversation meanwhile, the turn is run again on the fresh state, so nothing is overwritten or sent twice.
/// </summary>
public sealed class HelplineAdapter(MiddlewareSet middleware, ILogger<HelplineAdapter> logger)
{
    /// <summary>How often a turn is tried when its state write meets a concurrent write.</summary>
    public const int MaxAttempts = 4;

    /// <summary>
    /// Called when a turn fails: the handler apologises in the user's language and resets the dialog stack.
    /// Replies it sends are delivered after the ones the turn had already produced.
    /// </summary>
    public Func<ITurnContext, Exception, CancellationToken, Task>? OnTurnError { get; set; }

    public MiddlewareSet Middleware => middleware;

    public async Task<IReadOnlyList<Activity>> ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(callback);
        for (var attempt = 1; ; attempt++)
        {
            var context = new TurnContext(activity);
            try
            {
                await middleware.ReceiveActivityWithStatusAsync(context, callback, cancellationToken).ConfigureAwait(false);
                return context.Replies;
            }
            catch (StateConcurrencyException) when (attempt < MaxAttempts)
            {
                logger.LogInformation("Turn {ActivityId} on {ChannelId} met a concurrent state write; running it again (attempt {Attempt}).",
                    activity.Id, activity.ChannelId, attempt + 1);
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Never the message body: only ids and the exception.
                logger.LogError(ex, "Turn {ActivityId} on {ChannelId} failed.", activity.Id, activity.ChannelId);
                if (OnTurnError is null) throw;
                await OnTurnError(context, ex, cancellationToken).ConfigureAwait(false);
                return context.Replies;
            }
        }
    }

    public Task<IReadOnlyList<Activity>> ProcessActivityAsync(Activity activity, IBot bot, CancellationToken cancellationToken) =>
        ProcessActivityAsync(activity, bot.OnTurnAsync, cancellationToken);
}
