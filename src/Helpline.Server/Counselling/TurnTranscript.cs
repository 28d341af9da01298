using System.Globalization;
using Helpline.Core.Counselling;
using Helpline.Core.Idempotency;
using Helpline.Core.Turns;

namespace Helpline.Server.Counselling;

/// <summary>
/// Writes an escalated conversation's turn to its transcript: the user's message once per turn (whichever of
/// the safety screen and the handoff router gets there first), and every reply the bot sends after that.
/// Each write is keyed by the activity id in the duplicate-delivery guard, so a turn that the adapter runs
/// again (after a concurrent state write) never writes the same message twice.
/// </summary>
public sealed class TurnTranscript(ITranscriptStore transcripts, IIdempotencyStore? once = null)
{
    /// <summary>How long a write is remembered against repeats of the same activity.</summary>
    public static readonly TimeSpan RepeatWindow = TimeSpan.FromHours(1);

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
        state.UserEntry = await AppendOnceAsync(turnContext, "user", conversation, TranscriptAuthor.User, text, cancellationToken).ConfigureAwait(false);
        return state.UserEntry;
    }

    /// <summary>From now on, every reply this turn sends (and the channel lets through) is appended as the bot's.</summary>
    public void RecordReplies(ITurnContext turnContext, TicketConversation conversation)
    {
        var state = State(turnContext);
        if (state.Recording) return;
        state.Recording = true;
        turnContext.OnSendActivities(async (context, activities, next) =>
        {
            await next().ConfigureAwait(false);
            foreach (var reply in activities)
            {
                if (string.IsNullOrWhiteSpace(reply.Text)) continue;
                var suffix = "reply-" + (++state.Replies).ToString(CultureInfo.InvariantCulture);
                await AppendOnceAsync(context, suffix, conversation, TranscriptAuthor.Bot, reply.Text, CancellationToken.None).ConfigureAwait(false);
            }
        });
    }

    private async Task<TranscriptEntry?> AppendOnceAsync(ITurnContext turnContext, string part, TicketConversation conversation, TranscriptAuthor author, string text, CancellationToken cancellationToken)
    {
        var activityId = turnContext.Activity.Id;
        if (once is null || string.IsNullOrEmpty(activityId))
        {
            return await transcripts.AppendAsync(conversation, author, text, null, cancellationToken).ConfigureAwait(false);
        }
        var key = $"transcript:{conversation.Key}:{activityId}:{part}";
        var claim = await once.TryBeginAsync(key, TimeSpan.FromMinutes(1), cancellationToken).ConfigureAwait(false);
        if (claim.Status != IdempotencyStatus.Started) return null;
        TranscriptEntry entry;
        try
        {
            entry = await transcripts.AppendAsync(conversation, author, text, null, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await once.AbandonAsync(key, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        await once.CompleteAsync(key, entry.Sequence.ToString(CultureInfo.InvariantCulture), RepeatWindow, CancellationToken.None).ConfigureAwait(false);
        return entry;
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
