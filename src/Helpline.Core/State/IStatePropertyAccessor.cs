using Helpline.Core.Turns;

namespace Helpline.Core.State;

/// <summary>One named property of a <see cref="BotState"/> (Bot Builder's <c>IStatePropertyAccessor&lt;T&gt;</c>).</summary>
public interface IStatePropertyAccessor<T>
{
    string Name { get; }

    Task<T> GetAsync(ITurnContext turnContext, Func<T> defaultValueFactory, CancellationToken cancellationToken = default);

    Task<T?> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);

    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default);

    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
