using Helpline.Core.Turns;

namespace Helpline.Core.State;

/// <summary>Loads the given states before the turn and saves them once after it (Bot Builder's shape).</summary>
public sealed class AutoSaveStateMiddleware(params BotState[] states) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        foreach (var state in states) await state.LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        await next(cancellationToken).ConfigureAwait(false);
        foreach (var state in states) await state.SaveChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
    }
}
