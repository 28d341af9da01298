using Helpline.Server.Counselling;

namespace Helpline.Server.Tests.Counselling;

public sealed class CounsellorHubInstanceTests
{
    [Fact]
    public void ACounsellorWithTwoConsolesGoesOfflineOnlyWhenTheLastCloses()
    {
        var instance = new CounsellorHubInstance();
        instance.Connected("ana");
        instance.Connected("ana");
        Assert.False(instance.Disconnected("ana"));
        Assert.True(instance.Disconnected("ana"));
        instance.Connected("ana");
        Assert.True(instance.Disconnected("ana"));
    }
}
