using Helpline.Core.State;

namespace Helpline.Testing.Contracts;

/// <summary>
/// The behaviour every <see cref="IConversationStateStore"/> must have; run against the in-memory store
/// and against Redis.
/// </summary>
public abstract class ConversationStateStoreContract
{
    protected abstract IConversationStateStore CreateStore();

    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private static string NewKey() => "sms/conversations/" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task ReadingAnUnknownKeyGivesNothing()
    {
        Assert.Null(await CreateStore().ReadAsync(NewKey()));
    }

    [Fact]
    public async Task WhatIsWrittenIsReadBackWithItsETag()
    {
        var store = CreateStore();
        var key = NewKey();
        var etag = await store.WriteAsync(key, """{"a":1}""", null, Day);
        var read = await store.ReadAsync(key);
        Assert.NotNull(read);
        Assert.Equal("""{"a":1}""", read.Json);
        Assert.Equal(etag, read.ETag);
    }

    [Fact]
    public async Task AWriteWithTheCurrentETagSucceedsAndChangesTheETag()
    {
        var store = CreateStore();
        var key = NewKey();
        var first = await store.WriteAsync(key, """{"a":1}""", null, Day);
        var second = await store.WriteAsync(key, """{"a":2}""", first, Day);
        Assert.NotEqual(first, second);
        Assert.Equal("""{"a":2}""", (await store.ReadAsync(key))!.Json);
    }

    [Fact]
    public async Task TwoTurnsFromTheSameReadNeverOverwriteEachOther()
    {
        var store = CreateStore();
        var key = NewKey();
        var etag = await store.WriteAsync(key, """{"turn":0}""", null, Day);
        await store.WriteAsync(key, """{"turn":"A"}""", etag, Day);
        await Assert.ThrowsAsync<StateConcurrencyException>(() => store.WriteAsync(key, """{"turn":"B"}""", etag, Day));
        Assert.Equal("""{"turn":"A"}""", (await store.ReadAsync(key))!.Json);
    }

    [Fact]
    public async Task CreatingAKeyThatExistsIsRefused()
    {
        var store = CreateStore();
        var key = NewKey();
        await store.WriteAsync(key, "{}", null, Day);
        await Assert.ThrowsAsync<StateConcurrencyException>(() => store.WriteAsync(key, """{"x":1}""", null, Day));
    }

    [Fact]
    public async Task AWriteWithAnETagForAMissingKeyIsRefused()
    {
        var store = CreateStore();
        await Assert.ThrowsAsync<StateConcurrencyException>(() => store.WriteAsync(NewKey(), "{}", "7", Day));
    }

    [Fact]
    public async Task AStarETagWritesUnconditionally()
    {
        var store = CreateStore();
        var key = NewKey();
        await store.WriteAsync(key, "{}", null, Day);
        await store.WriteAsync(key, """{"x":1}""", "*", Day);
        Assert.Equal("""{"x":1}""", (await store.ReadAsync(key))!.Json);
    }

    [Fact]
    public async Task DeleteRemovesTheStateAndAllowsANewStart()
    {
        var store = CreateStore();
        var key = NewKey();
        await store.WriteAsync(key, "{}", null, Day);
        await store.DeleteAsync(key);
        Assert.Null(await store.ReadAsync(key));
        await store.WriteAsync(key, """{"again":true}""", null, Day);
        Assert.NotNull(await store.ReadAsync(key));
        await store.DeleteAsync(NewKey());
    }

    [Fact]
    public async Task ConcurrentWritersFromOneReadLetExactlyOneWin()
    {
        var store = CreateStore();
        var key = NewKey();
        var etag = await store.WriteAsync(key, "{}", null, Day);
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            try
            {
                await store.WriteAsync(key, $$"""{"writer":{{i}}}""", etag, Day);
                return true;
            }
            catch (StateConcurrencyException)
            {
                return false;
            }
        }));
        Assert.Equal(1, results.Count(r => r));
    }

    [Fact]
    public async Task StateExpiresAfterItsTimeToLive()
    {
        var store = CreateStore();
        var key = NewKey();
        await store.WriteAsync(key, "{}", null, TimeSpan.FromMilliseconds(300));
        Assert.NotNull(await store.ReadAsync(key));
        await WaitForExpiryAsync(TimeSpan.FromMilliseconds(400));
        Assert.Null(await store.ReadAsync(key));
    }

    /// <summary>Lets time pass for the store (a real delay for Redis; the fake clock for memory).</summary>
    protected virtual Task WaitForExpiryAsync(TimeSpan time) => Task.Delay(time);
}
