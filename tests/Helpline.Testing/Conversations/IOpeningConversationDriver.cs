using Helpline.Core.Schema;

namespace Helpline.Testing.Conversations;

/// <summary>
/// A driver whose channel opens the conversation before the user writes (Direct Line: starting a
/// conversation brings the welcome). The runner checks the opening against the welcome and expects the
/// first message's own answer without it.
/// </summary>
public interface IOpeningConversationDriver : IConversationDriver
{
    Task<IReadOnlyList<Activity>> OpenAsync(CancellationToken cancellationToken = default);
}
