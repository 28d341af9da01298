using Helpline.Core.Turns;

namespace Helpline.Core.Counselling;

/// <summary>
/// Erases what the service kept of a conversation (its transcript) when the user asks to delete their
/// data, except what an open counsellor ticket still needs. Optional: when absent, "delete my data"
/// clears the conversation and user state only.
/// </summary>
public interface ITranscriptEraser
{
    Task<TranscriptErasure> EraseConversationAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
