using Helpline.Channels.DirectLine;
using Helpline.Core.Schema;
using Helpline.Redis.DirectLine;
using Helpline.Testing;
using Helpline.Testing.Contracts;
using Microsoft.Extensions.Options;

namespace Helpline.Redis.Tests.DirectLine;

[Collection(RedisCollection.Name)]
public sealed class RedisDirectLineStoreTests(RedisServer redis) : DirectLineStoreContract
{
    private readonly RedisKeys _keys = new(RedisServer.UniquePrefix(nameof(RedisDirectLineStoreTests)));

    protected override IDirectLineStore CreateStore(int maxActivities = 100) =>
        new RedisDirectLineStore(redis.Connection, _keys,
            Options.Create(new DirectLineOptions { MaxActivitiesPerConversation = maxActivities, Retention = TimeSpan.FromHours(2) }));

    [Fact]
    public async Task EveryKeyOfAConversationExpiresAfterTheRetentionPeriod()
    {
        var store = CreateStore();
        var id = DirectLineIds.NewConversationId();
        await store.CreateConversationAsync(new DirectLineConversation(id, "dl_u", DateTimeOffset.UtcNow), CancellationToken.None);
        await store.AppendActivityAsync(id, Activity.CreateMessageActivity("x"), CancellationToken.None);

        var db = redis.Connection.GetDatabase();
        foreach (var key in new[] { _keys.DirectLineConversation(id), _keys.DirectLineActivities(id) })
        {
            var ttl = await db.KeyTimeToLiveAsync(key);
            Assert.NotNull(ttl);
            Assert.InRange(ttl.Value, TimeSpan.FromHours(2) - TimeSpan.FromMinutes(1), TimeSpan.FromHours(2));
        }
    }

    [Fact]
    public void AConversationsKeysShareOneHashTag()
    {
        var conversation = (string)_keys.DirectLineConversation("abc")!;
        var activities = (string)_keys.DirectLineActivities("abc")!;
        Assert.Contains("{abc}", conversation);
        Assert.Contains("{abc}", activities);
    }
}
