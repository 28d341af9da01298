using Helpline.Core.State;
using Helpline.Testing;
using Helpline.Testing.Contracts;

namespace Helpline.Core.Tests.State;

public class InMemoryConversationStateStoreTests : ConversationStateStoreContract
{
    private readonly ManualTimeProvider _time = new();

    protected override IConversationStateStore CreateStore() => new InMemoryConversationStateStore(_time);

    protected override Task WaitForExpiryAsync(TimeSpan time)
    {
        _time.Advance(time);
        return Task.CompletedTask;
    }
}
