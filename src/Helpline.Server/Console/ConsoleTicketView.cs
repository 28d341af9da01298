namespace Helpline.Server.Console;

/// <summary>The conversation view: the ticket, the whole transcript, job-offer checks, private notes and canned replies.</summary>
public sealed record ConsoleTicketView(
    ConsoleTicketSummary Ticket,
    IReadOnlyList<ConsoleTranscriptLine> Transcript,
    IReadOnlyList<OfferCheck> Offers,
    IReadOnlyList<TicketNote> Notes,
    IReadOnlyList<CannedReply> CannedReplies);
