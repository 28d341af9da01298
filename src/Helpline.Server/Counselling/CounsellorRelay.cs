using System.Globalization;
using Helpline.Core.Counselling;
using Helpline.Locales;
using Microsoft.Extensions.Localization;

namespace Helpline.Server.Counselling;

/// <summary>
/// What a counsellor's actions say to the user, outside any turn: their replies, "a counsellor is here"
/// on the first claim, and a short goodbye on close (after which the bot answers again). Each goes to the
/// transcript and then out through the <see cref="ConversationOutbox"/>, in the ticket's culture.
/// </summary>
public sealed partial class CounsellorRelay(
    ICounsellorQueue queue,
    ITranscriptStore transcripts,
    ConversationOutbox outbox,
    IStringLocalizer<EscalationStrings> strings,
    ILogger<CounsellorRelay> logger)
{
    /// <summary>A reply from the counsellor who holds the ticket.</summary>
    public async Task<RelayResult> SendAsync(string ticketId, string counsellor, string text, CancellationToken cancellationToken)
    {
        var ticket = await queue.GetAsync(ticketId, cancellationToken).ConfigureAwait(false);
        if (ticket is null) return new RelayResult(TicketChangeStatus.NotFound, null, null);
        if (!ticket.IsOpen) return new RelayResult(TicketChangeStatus.NotOpen, null, null);
        if (ticket.Status != TicketStatus.Claimed || !string.Equals(ticket.Counsellor, counsellor, StringComparison.Ordinal))
        {
            return new RelayResult(TicketChangeStatus.NotClaimedByYou, null, null);
        }
        var entry = await transcripts.AppendAsync(ticket.Conversation, TranscriptAuthor.Counsellor, text, counsellor, cancellationToken).ConfigureAwait(false);
        var delivery = await outbox.SendAsync(ticket.Conversation, text, cancellationToken).ConfigureAwait(false);
        LogRelayed(ticket.Id, entry.Sequence, delivery.Status);
        return new RelayResult(TicketChangeStatus.Changed, entry, delivery);
    }

    /// <summary>Tells the user a counsellor has joined (after a first claim).</summary>
    public Task<OutboxResult> AnnounceClaimAsync(CounsellorTicket ticket, CancellationToken cancellationToken) =>
        SayAsync(ticket, "CounsellorJoined.Sms", cancellationToken);

    /// <summary>Closes a ticket the counsellor holds and says goodbye; the bot answers the user's next message.</summary>
    public async Task<(TicketChange Change, OutboxResult? Goodbye)> CloseAsync(string ticketId, string counsellor, TicketOutcome outcome, CancellationToken cancellationToken)
    {
        var change = await queue.CloseAsync(ticketId, counsellor, outcome, cancellationToken).ConfigureAwait(false);
        if (!change.Succeeded || change.Ticket is null) return (change, null);
        var goodbye = await SayAsync(change.Ticket, "Goodbye.Sms", cancellationToken).ConfigureAwait(false);
        return (change, goodbye);
    }

    private async Task<OutboxResult> SayAsync(CounsellorTicket ticket, string key, CancellationToken cancellationToken)
    {
        var text = InCulture(ticket.Culture, key);
        await transcripts.AppendAsync(ticket.Conversation, TranscriptAuthor.Bot, text, null, cancellationToken).ConfigureAwait(false);
        return await outbox.SendAsync(ticket.Conversation, text, cancellationToken).ConfigureAwait(false);
    }

    private string InCulture(string culture, string key)
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return strings[key].Value;
        }
        catch (CultureNotFoundException)
        {
            return strings[key].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ticket {TicketId}: counsellor reply {Sequence} relayed, {Status}.")]
    private partial void LogRelayed(string ticketId, long sequence, string status);
}
