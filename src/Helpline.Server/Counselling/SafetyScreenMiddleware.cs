using Helpline.Core.Counselling;
using Helpline.Core.Turns;
using Helpline.Safety.Disclosures;

namespace Helpline.Server.Counselling;

/// <summary>
/// Runs the <see cref="DisclosureScreen"/> on every message, before any dialog and also while the
/// conversation waits for or talks to a counsellor. The result goes into the turn state; a message that
/// must reach a counsellor opens the conversation's ticket (or raises its priority) through the
/// <see cref="EscalationService"/>, which tells the user what happens next. Logs ids and codes only.
/// </summary>
public sealed partial class SafetyScreenMiddleware(
    DisclosureScreen screen,
    EscalationService escalations,
    ILogger<SafetyScreenMiddleware> logger) : Core.Turns.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (!activity.IsMessage || string.IsNullOrWhiteSpace(activity.Text))
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        var result = screen.Screen(activity.Text);
        turnContext.TurnState.Set(result);
        if (result is { Escalate: true, Priority: { } priority })
        {
            var codes = EscalationService.Codes(result);
            LogDisclosure(activity.Id, priority, string.Join(',', codes));
            try
            {
                await escalations.EscalateAsync(turnContext, (TicketPriority)(int)priority, codes, userAsked: false, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The queue could not be reached: the user still gets the numbers that help now.
                LogEscalationFailed(ex, activity.Id);
                if (priority == DisclosurePriority.P1)
                {
                    await escalations.SendFirstLinesAsync(turnContext, Dialogs.Culture.ConversationCulture.Current(turnContext).Country, cancellationToken).ConfigureAwait(false);
                }
                await escalations.SendNationalNumbersAsync(turnContext, cancellationToken).ConfigureAwait(false);
                return;
            }
        }
        await next(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {ActivityId}: disclosure at {Priority} ({Categories}).")]
    private partial void LogDisclosure(string? activityId, DisclosurePriority priority, string categories);

    [LoggerMessage(Level = LogLevel.Error, Message = "Message {ActivityId}: the escalation could not be queued; the user was given the national numbers.")]
    private partial void LogEscalationFailed(Exception exception, string? activityId);
}
