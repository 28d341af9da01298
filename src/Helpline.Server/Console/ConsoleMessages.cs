namespace Helpline.Server.Console;

/// <summary>Transcript entries after a sequence number, with the job-offer checks of the new user messages.</summary>
public sealed record ConsoleMessages(IReadOnlyList<ConsoleTranscriptLine> Transcript, IReadOnlyList<OfferCheck> Offers);
