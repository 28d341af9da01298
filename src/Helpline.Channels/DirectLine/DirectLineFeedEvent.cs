using Helpline.Core.Schema;

namespace Helpline.Channels.DirectLine;

/// <summary>
/// News about a conversation for the instance holding its WebSocket: activities up to
/// <paramref name="Watermark"/> are stored, or an <paramref name="Ephemeral"/> activity (typing) that is
/// streamed once and never stored.
/// </summary>
public sealed record DirectLineFeedEvent(string ConversationId, long Watermark, Activity? Ephemeral = null);
