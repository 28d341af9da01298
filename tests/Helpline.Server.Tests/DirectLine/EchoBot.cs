using System.Text.Json;
using Helpline.Core.Schema;
using Helpline.Core.Turns;

namespace Helpline.Server.Tests.DirectLine;

/// <summary>
/// A bot for protocol tests: greets on conversationUpdate, and answers a message with its text plus the
/// language and country the page sent, so a test sees what reached the turn.
/// </summary>
public sealed class EchoBot : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.ConversationUpdate)
        {
            await turnContext.SendActivityAsync(activity.CreateReply($"welcome {activity.Locale}"), cancellationToken);
            return;
        }
        if (!activity.IsMessage) return;
        string? language = null, country = null;
        if (activity.ChannelData is { ValueKind: JsonValueKind.Object } data)
        {
            if (data.TryGetProperty("language", out var l)) language = l.GetString();
            if (data.TryGetProperty("country", out var c)) country = c.GetString();
        }
        await turnContext.SendActivityAsync(activity.CreateReply($"echo {activity.Text} from {activity.From?.Id} in {language}/{country}"), cancellationToken);
    }
}
