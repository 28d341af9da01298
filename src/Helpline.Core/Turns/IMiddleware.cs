namespace Helpline.Core.Turns;

/// <summary>Runs the rest of the pipeline.</summary>
public delegate Task NextDelegate(CancellationToken cancellationToken);

/// <summary>The bot's own turn handler at the end of the pipeline.</summary>
public delegate Task BotCallbackHandler(ITurnContext turnContext, CancellationToken cancellationToken);

/// <summary>One step of the turn pipeline (Bot Builder's <c>IMiddleware</c>).</summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken);
}
