namespace Helpline.Dialogs.JobOffers;

/// <summary>
/// The answer to a job-offer check: <see cref="Text"/> is sent now; for SMS, <see cref="More"/> holds the
/// messages to send, in order, when the user replies 1 (each at most 3 segments). Empty for the web chat.
/// </summary>
public sealed record JobOfferReply(string Text, IReadOnlyList<string> More);
