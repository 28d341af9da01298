using Helpline.Core.State;
using Helpline.Core.Turns;
using Helpline.Locales;
using Microsoft.Extensions.Localization;

namespace Helpline.Server.Hosting;

/// <summary>
/// What a failed turn does (CoreBot's AdapterWithErrorHandler): the adapter has logged it without the
/// message body; this apologises in the user's language and resets the dialog stack, so the next message
/// starts cleanly. Counsellor tickets live in the queue, not in the dialog stack, so none is lost.
/// </summary>
public static class TurnErrorHandler
{
    /// <summary>The conversation-state property that holds the dialog stack.</summary>
    public const string DialogStateProperty = "DialogState";

    public static Func<ITurnContext, Exception, CancellationToken, Task> Create(IServiceProvider services) =>
        async (turnContext, exception, cancellationToken) =>
        {
            var logger = services.GetRequiredService<ILogger<HelplineAdapter>>();
            var strings = services.GetRequiredService<IStringLocalizer<Strings>>();
            await turnContext.SendActivityAsync(strings["Error.Apology"], cancellationToken);
            var conversationState = services.GetService<ConversationState>();
            if (conversationState is null) return;
            try
            {
                await conversationState.LoadAsync(turnContext, force: true, cancellationToken);
                await conversationState.CreateProperty<object>(DialogStateProperty).DeleteAsync(turnContext, cancellationToken);
                await conversationState.SaveChangesAsync(turnContext, force: true, cancellationToken);
            }
            catch (Exception resetError)
            {
                logger.LogError(resetError, "Could not reset the dialog stack of conversation {ConversationId}.", turnContext.Activity.Conversation?.Id);
            }
        };
}
