namespace Helpline.Core.Counselling;

/// <summary>
/// The messages of an escalated conversation. Kept without expiry while the conversation has an open
/// ticket, then for the retention period after the last write or the ticket's close. Counsellor replies
/// and every read are written to the audit log.
/// </summary>
public interface ITranscriptStore
{
    /// <summary>Adds an entry; returns it with its sequence number. A counsellor's entry is audited as <c>reply</c>.</summary>
    /// <param name="counsellor">The counsellor's name; required when <paramref name="author"/> is <see cref="TranscriptAuthor.Counsellor"/>.</param>
    Task<TranscriptEntry> AppendAsync(TicketConversation conversation, TranscriptAuthor author, string text, string? counsellor, CancellationToken cancellationToken);

    /// <summary>The entries after <paramref name="afterSequence"/> (0 for all), oldest first; audited as <c>read</c> by <paramref name="actor"/>.</summary>
    Task<IReadOnlyList<TranscriptEntry>> ReadAsync(TicketConversation conversation, string actor, long afterSequence, CancellationToken cancellationToken);
}
