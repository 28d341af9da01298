using Helpline.Core.Idempotency;

namespace Helpline.Testing.Contracts;

public abstract class IdempotencyStoreContract
{
    protected abstract IIdempotencyStore CreateStore();

    private static string NewKey() => "sms:SM" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task TheFirstDeliveryStartsAndARepeatSeesItInProgress()
    {
        var store = CreateStore();
        var key = NewKey();
        Assert.Equal(IdempotencyStatus.Started, (await store.TryBeginAsync(key, TimeSpan.FromMinutes(1))).Status);
        Assert.Equal(IdempotencyStatus.InProgress, (await store.TryBeginAsync(key, TimeSpan.FromMinutes(1))).Status);
    }

    [Fact]
    public async Task ACompletedDeliveryGivesTheSameAnswerAgain()
    {
        var store = CreateStore();
        var key = NewKey();
        await store.TryBeginAsync(key, TimeSpan.FromMinutes(1));
        await store.CompleteAsync(key, "<Response><Message>Salut</Message></Response>", TimeSpan.FromHours(1));
        var again = await store.TryBeginAsync(key, TimeSpan.FromMinutes(1));
        Assert.Equal(IdempotencyStatus.Completed, again.Status);
        Assert.Equal("<Response><Message>Salut</Message></Response>", again.Result);
    }

    [Fact]
    public async Task AnAbandonedDeliveryCanRunAgain()
    {
        var store = CreateStore();
        var key = NewKey();
        await store.TryBeginAsync(key, TimeSpan.FromMinutes(1));
        await store.AbandonAsync(key);
        Assert.Equal(IdempotencyStatus.Started, (await store.TryBeginAsync(key, TimeSpan.FromMinutes(1))).Status);
    }

    [Fact]
    public async Task OfManyConcurrentDeliveriesExactlyOneStarts()
    {
        var store = CreateStore();
        var key = NewKey();
        var claims = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => store.TryBeginAsync(key, TimeSpan.FromMinutes(1))));
        Assert.Equal(1, claims.Count(c => c.Status == IdempotencyStatus.Started));
    }
}
