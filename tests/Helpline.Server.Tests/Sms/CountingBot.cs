using Helpline.Core.State;
using Helpline.Core.Turns;

namespace Helpline.Server.Tests.Sms;

/// <summary>
/// A bot for the channel tests: it answers with the turn number it keeps in conversation state, so the
/// tests see how many times a turn ran and that state survives between turns and instances.
/// </summary>
public sealed class CountingBot(ConversationState conversationState) : IBot
{
    private int _turns;

    public int Turns => _turns;

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _turns);
        var count = conversationState.CreateProperty<int>("count");
        var n = await count.GetAsync(turnContext, () => 0, cancellationToken) + 1;
        await count.SetAsync(turnContext, n, cancellationToken);
        await turnContext.SendActivityAsync($"turn {n}: {turnContext.Activity.Text?.Length ?? 0} chars", cancellationToken);
    }
}
