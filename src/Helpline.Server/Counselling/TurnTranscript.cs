using Helpline.Core.Counselling;
using Helpline.Core.Turns;

namespace Helpline.Server.Counselling;

/// <summary>
/// Writes an escalated conversation's turn to its transcript: the user's message once per turn (whichever of
/// the safety screen and the handoff router gets there first), and every reply the bot sends after that.
/// </summary>
public sealed class TurnTranscript(ITranscriptStore transcripts)
{
    /// <summary>The ticket conversation of a turn, or null when the activity lacks a channel, conversation or sender.</summary>
    public static TicketConversation? ConversationOf(ITurnContext turnContext) => TurnConversation.Of(turnContext);

    /// <summary>Appends the user's message unless this turn already did (or it has no text); returns the turn's user entry.</summary>
    public async Task<TranscriptEntry?> AppendUserMessageAsync(ITurnContext turnContext, TicketConversation conversation, CancellationToken cancellationToken)
    {
        var state = State(turnContext);
        if (state.UserAppended) return state.UserEntry;
        state.UserAppended = true;
        var text = turnContext.Activity.Text;
        if (!turnContext.Activity.IsMessage || string.IsNullOrWhiteSpace(text)) return null;
        if (text.Length > TranscriptArguments.MaxTextLength) text = text[..TranscriptArguments.MaxTextLength];
        state.UserEntry = await transcripts.AppendAsync(conversation, TranscriptAuthor.User, text, null, cancellationToken).ConfigureAwait(false);
        return state.UserEntry;
    }

    /// <summary>From now on, every reply this turn sends (and the channel lets through) is appended as the bot's.</summary>
    public void RecordReplies(ITurnContext turnContext, TicketConversation conversation)
    {
        var state = State(turnContext);
        if (state.Recording) return;
        state.Recording = true;
        turnContext.OnSendActivities(async (_, activities, next) =>
        {
            await next().ConfigureAwait(false);
            foreach (var reply in activities)
            {
                if (string.IsNullOrWhiteSpace(reply.Text)) continue;
                await transcripts.AppendAsync(conversation, TranscriptAuthor.Bot, reply.Text, null, CancellationToken.None).ConfigureAwait(false);
            }
        });
    }

    private static TurnTranscriptState State(ITurnContext turnContext)
    {
        var state = turnContext.TurnState.Get<TurnTranscriptState>();
        if (state is null)
        {
            state = new TurnTranscriptState();
            turnContext.TurnState.Set(state);
        }
        return state;
    }
}
