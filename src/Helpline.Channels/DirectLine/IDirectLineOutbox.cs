using Helpline.Core.Schema;

namespace Helpline.Channels.DirectLine;

/// <summary>
/// Sends a message to a web chat conversation outside a turn (a counsellor's reply): stores it and tells
/// the instance holding the conversation's stream.
/// </summary>
public interface IDirectLineOutbox
{
    /// <summary>The stored activity's id, or null when the conversation no longer exists.</summary>
    Task<string?> SendAsync(string conversationId, Activity activity, CancellationToken cancellationToken);
}
