namespace Helpline.Core.Turns;

/// <summary>The middleware of a pipeline, run in order, each deciding whether the rest runs.</summary>
public sealed class MiddlewareSet : IMiddleware
{
    private readonly List<IMiddleware> _middleware = [];

    public MiddlewareSet Use(IMiddleware middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        _middleware.Add(middleware);
        return this;
    }

    public IReadOnlyList<IMiddleware> Items => _middleware;

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken) =>
        ReceiveActivityInternalAsync(turnContext, (ctx, ct) => next(ct), 0, cancellationToken);

    public Task ReceiveActivityWithStatusAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ReceiveActivityInternalAsync(turnContext, callback, 0, cancellationToken);

    private Task ReceiveActivityInternalAsync(ITurnContext turnContext, BotCallbackHandler callback, int index, CancellationToken cancellationToken)
    {
        if (index == _middleware.Count)
        {
            return callback(turnContext, cancellationToken);
        }
        return _middleware[index].OnTurnAsync(
            turnContext,
            ct => ReceiveActivityInternalAsync(turnContext, callback, index + 1, ct),
            cancellationToken);
    }
}
