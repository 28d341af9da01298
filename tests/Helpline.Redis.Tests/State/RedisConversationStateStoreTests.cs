using Helpline.Core.State;
using Helpline.Redis.State;
using Helpline.Testing;
using Helpline.Testing.Contracts;

namespace Helpline.Redis.Tests.State;

[Collection(RedisCollection.Name)]
public class RedisConversationStateStoreTests(RedisServer redis) : ConversationStateStoreContract
{
    private readonly RedisKeys _keys = new(RedisServer.UniquePrefix(nameof(RedisConversationStateStoreTests)));

    protected override IConversationStateStore CreateStore() => new RedisConversationStateStore(redis.Connection, _keys);

    [Fact]
    public async Task StateWrittenByOneInstanceIsReadByAnother()
    {
        var key = "sms/conversations/" + Guid.NewGuid().ToString("N");
        await CreateStore().WriteAsync(key, """{"language":"ro"}""", null, TimeSpan.FromMinutes(5));
        await using var other = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var read = await new RedisConversationStateStore(other, _keys).ReadAsync(key);
        Assert.Equal("""{"language":"ro"}""", read!.Json);
    }

    [Fact]
    public async Task TheKeyCarriesItsTimeToLive()
    {
        var key = "sms/conversations/" + Guid.NewGuid().ToString("N");
        await CreateStore().WriteAsync(key, "{}", null, TimeSpan.FromDays(30));
        var ttl = await redis.Connection.GetDatabase().KeyTimeToLiveAsync(_keys.State(key));
        Assert.InRange(ttl!.Value, TimeSpan.FromDays(29.9), TimeSpan.FromDays(30));
    }
}
