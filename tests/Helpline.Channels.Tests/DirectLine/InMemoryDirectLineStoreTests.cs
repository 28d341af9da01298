using Helpline.Channels.DirectLine;
using Helpline.Testing;
using Helpline.Testing.Contracts;
using Microsoft.Extensions.Options;

namespace Helpline.Channels.Tests.DirectLine;

public sealed class InMemoryDirectLineStoreTests : DirectLineStoreContract
{
    protected override IDirectLineStore CreateStore(int maxActivities = 100) =>
        new InMemoryDirectLineStore(Options.Create(new DirectLineOptions { MaxActivitiesPerConversation = maxActivities }), TimeProvider.System);

    [Fact]
    public async Task AConversationIsForgottenAfterTheRetentionPeriodWithoutActivity()
    {
        var clock = new ManualTimeProvider();
        var store = new InMemoryDirectLineStore(Options.Create(new DirectLineOptions { Retention = TimeSpan.FromHours(1) }), clock);
        var conversation = new DirectLineConversation("c1", "dl_u", clock.GetUtcNow());
        await store.CreateConversationAsync(conversation, CancellationToken.None);

        clock.Advance(TimeSpan.FromMinutes(50));
        await store.AppendActivityAsync("c1", Helpline.Core.Schema.Activity.CreateMessageActivity("keeps it alive"), CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(50));
        Assert.NotNull(await store.GetConversationAsync("c1", CancellationToken.None));

        clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Null(await store.GetConversationAsync("c1", CancellationToken.None));
        Assert.Null(await store.AppendActivityAsync("c1", Helpline.Core.Schema.Activity.CreateMessageActivity("late"), CancellationToken.None));
    }
}
