namespace Helpline.Core.Turns;

/// <summary>The bot: handles one turn after the middleware (Bot Builder's <c>IBot</c>).</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
