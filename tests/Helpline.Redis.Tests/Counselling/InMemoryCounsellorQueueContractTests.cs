using Helpline.Core.Counselling;
using Helpline.Core.Counselling.InMemory;

namespace Helpline.Redis.Tests.Counselling;

public sealed class InMemoryCounsellorQueueContractTests : CounsellorQueueContractTests
{
    protected override CounsellingServices Create()
    {
        var store = new InMemoryCounsellingStore(Microsoft.Extensions.Options.Options.Create(Options), Time);
        return new CounsellingServices(
            new InMemoryCounsellorQueue(store),
            new InMemoryTranscriptStore(store),
            new InMemoryAuditLog(store),
            new InMemoryQueueNotifications(store));
    }
}
