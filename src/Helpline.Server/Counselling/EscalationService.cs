using System.Globalization;
using Helpline.Core.Counselling;
using Helpline.Core.Turns;
using Helpline.Dialogs;
using Helpline.Dialogs.Culture;
using Helpline.Dialogs.Dialogs;
using Helpline.Dialogs.Directory;
using Helpline.Locales;
using Helpline.Safety.Disclosures;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Helpline.Server.Counselling;

/// <summary>
/// The escalation flow: opens (or raises) the conversation's counsellor ticket and tells the user, in
/// their language and in few words, what happens next. For P1 the emergency number and the country's
/// child helpline come first. When counsellors are online: the place in the queue, the expected wait and
/// how to stop waiting. When nobody is online or it is outside opening hours: that, honestly, and the
/// national numbers; the ticket stays queued. Everything said goes to the transcript.
/// </summary>
public sealed partial class EscalationService(
    ICounsellorQueue queue,
    CounsellorAvailability availability,
    TurnTranscript transcript,
    CancelWords cancelWords,
    HelplineDirectory directory,
    WhoCanHelpAnswer whoCanHelp,
    IStringLocalizer<EscalationStrings> strings,
    IOptions<HelplineOptions> helplineOptions,
    ILogger<EscalationService> logger) : IEscalationRequests
{
    /// <summary>The dialogs' "talk to a counsellor": the turn's disclosure (if any) sets the priority, otherwise P3.</summary>
    public async Task RequestCounsellorAsync(ITurnContext turnContext, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var screened = turnContext.TurnState.Get<DisclosureResult>();
        if (screened is { Escalate: true, Priority: { } priority })
        {
            await EscalateAsync(turnContext, (TicketPriority)(int)priority, Codes(screened), userAsked: true, cancellationToken).ConfigureAwait(false);
            return;
        }
        var code = new string((reason ?? "").Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.').Take(64).ToArray());
        await EscalateAsync(turnContext, TicketPriority.P3, code.Length > 0 ? [code] : [], userAsked: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The category codes of a screen result, most urgent first.</summary>
    public static IReadOnlyList<string> Codes(DisclosureResult result) => result.Categories.Select(c => c.Code()).ToList();

    /// <summary>Opens or raises the ticket and answers the user. Returns null when the turn has no conversation to escalate.</summary>
    public async Task<EscalationStep?> EscalateAsync(ITurnContext turnContext, TicketPriority priority, IReadOnlyList<string> categories, bool userAsked, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var conversation = TurnTranscript.ConversationOf(turnContext);
        if (conversation is null) return null;
        var culture = ConversationCulture.Current(turnContext);

        var before = await queue.FindOpenAsync(conversation, cancellationToken).ConfigureAwait(false);
        var result = await queue.EnqueueAsync(new TicketRequest(conversation, priority, culture.Culture, culture.Country, categories), cancellationToken).ConfigureAwait(false);
        var ticket = result.Ticket;
        var step = result.Created ? EscalationStep.Queued
            : before is not null && ticket.Priority < before.Priority ? EscalationStep.Raised
            : EscalationStep.AlreadyOpen;
        LogEscalated(ticket.Id, ticket.Priority, step, turnContext.Activity.ChannelId);

        await transcript.AppendUserMessageAsync(turnContext, conversation, cancellationToken).ConfigureAwait(false);
        transcript.RecordReplies(turnContext, conversation);

        if (ticket.Status != TicketStatus.Waiting)
        {
            // A counsellor holds the conversation: they answer, the bot does not talk over them.
            return step;
        }
        switch (step)
        {
            case EscalationStep.Queued:
                if (ticket.Priority == TicketPriority.P1) await SendFirstLinesAsync(turnContext, culture.Country, cancellationToken).ConfigureAwait(false);
                await SendWaitAsync(turnContext, ticket, "Queued.Sms", culture.Country, cancellationToken).ConfigureAwait(false);
                break;
            case EscalationStep.Raised:
                if (ticket.Priority == TicketPriority.P1) await SendFirstLinesAsync(turnContext, culture.Country, cancellationToken).ConfigureAwait(false);
                await turnContext.SendActivityAsync(strings["Raised.Sms"].Value, cancellationToken).ConfigureAwait(false);
                break;
            case EscalationStep.AlreadyOpen when userAsked:
                await SendWaitAsync(turnContext, ticket, "AlreadyQueued.Sms", culture.Country, cancellationToken).ConfigureAwait(false);
                break;
        }
        return step;
    }

    /// <summary>The emergency number and the child helpline of the user's country, for immediate danger.</summary>
    public Task SendFirstLinesAsync(ITurnContext turnContext, string? country, CancellationToken cancellationToken)
    {
        var emergency = directory.Emergency(country)?.Number ?? directory.Emergency(null)?.Number ?? "112";
        var child = directory.ChildHelpline(country)?.Number ?? directory.ChildHelpline(null)?.Number ?? helplineOptions.Value.DefaultChildHelpline;
        return turnContext.SendActivityAsync(strings["P1.FirstLines.Sms", emergency, child].Value, cancellationToken);
    }

    /// <summary>The numbers that can help now (when the queue could not be reached or nobody can answer soon).</summary>
    public Task SendNationalNumbersAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        WhoCanHelpDialog.SendAsync(turnContext, whoCanHelp, cancellationToken);

    private async Task SendWaitAsync(ITurnContext turnContext, CounsellorTicket ticket, string queuedKey, string? country, CancellationToken cancellationToken)
    {
        var cancel = cancelWords.Shown();
        switch (await availability.CheckAsync(cancellationToken).ConfigureAwait(false))
        {
            case Availability.Online:
                var position = await queue.GetPositionAsync(ticket.Id, cancellationToken).ConfigureAwait(false);
                if (position is null) return;
                var minutes = Math.Max(1, (int)Math.Ceiling(position.EstimatedWait.TotalMinutes));
                await turnContext.SendActivityAsync(strings[queuedKey,
                    position.Position.ToString(CultureInfo.CurrentCulture), minutes.ToString(CultureInfo.CurrentCulture), cancel].Value, cancellationToken).ConfigureAwait(false);
                break;
            case Availability.NobodyOnline:
                await turnContext.SendActivityAsync(strings["NobodyOnline.Sms", cancel].Value, cancellationToken).ConfigureAwait(false);
                await SendNationalNumbersAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case Availability.OutsideHours:
                await turnContext.SendActivityAsync(strings["OutsideHours.Sms", cancel].Value, cancellationToken).ConfigureAwait(false);
                await SendNationalNumbersAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalation on {ChannelId}: ticket {TicketId} at {Priority}, {Step}.")]
    private partial void LogEscalated(string ticketId, TicketPriority priority, EscalationStep step, string? channelId);
}
