using Helpline.Core.Idempotency;
using Helpline.Core.Privacy;
using Helpline.Core.Sms;
using Helpline.Redis.Idempotency;
using Helpline.Redis.Sms;
using Helpline.Testing;
using Helpline.Testing.Contracts;

namespace Helpline.Redis.Tests.Sms;

[Collection(RedisCollection.Name)]
public class RedisIdempotencyStoreTests(RedisServer redis) : IdempotencyStoreContract
{
    private readonly RedisKeys _keys = new(RedisServer.UniquePrefix(nameof(RedisIdempotencyStoreTests)));

    protected override IIdempotencyStore CreateStore() => new RedisIdempotencyStore(redis.Connection, _keys);
}

[Collection(RedisCollection.Name)]
public class RedisSmsStoresTests(RedisServer redis)
{
    private readonly RedisKeys _keys = new(RedisServer.UniquePrefix(nameof(RedisSmsStoresTests)));
    private readonly PhoneHasher _hasher = new("test-key");

    [Fact]
    public async Task OptOutLastsUntilOptInAndKeepsNoNumberInClear()
    {
        var store = new RedisSmsOptOutStore(redis.Connection, _keys, _hasher);
        Assert.False(await store.IsOptedOutAsync("+37369123456"));
        await store.OptOutAsync("+373 69 123 456");
        Assert.True(await store.IsOptedOutAsync("+37369123456"));
        var members = await redis.Connection.GetDatabase().SetMembersAsync(_keys.SmsOptOuts);
        Assert.DoesNotContain(members, m => m.ToString().Contains("69123456"));
        Assert.Equal(TimeSpan.Zero, (await redis.Connection.GetDatabase().KeyTimeToLiveAsync(_keys.SmsOptOuts)) ?? TimeSpan.Zero);
        await store.OptInAsync("+37369123456");
        Assert.False(await store.IsOptedOutAsync("+37369123456"));
    }

    [Fact]
    public async Task AFailedSendIsKeptAndAStatusCallbackMovesARecordInAndOutOfTheFailedList()
    {
        var log = new RedisSmsDeliveryLog(redis.Connection, _keys, TimeProvider.System);
        var now = DateTimeOffset.UtcNow;
        await log.RecordAsync(new SmsDeliveryRecord { Id = "r1", ConversationId = "c1", MessageSid = "SM1", Status = "queued", Segments = 1, CreatedAt = now, UpdatedAt = now });
        await log.RecordAsync(new SmsDeliveryRecord { Id = "r2", ConversationId = "c2", Status = "failed", To = "+40712345678", Body = "Bună", ErrorCode = "21211", CreatedAt = now, UpdatedAt = now });

        var failed = await log.ListFailedAsync(10);
        Assert.Equal("r2", Assert.Single(failed).Id);
        Assert.Equal("Bună", failed[0].Body);

        Assert.True(await log.UpdateStatusAsync("SM1", "undelivered", "30003"));
        Assert.Equal(2, (await log.ListFailedAsync(10)).Count);
        var record = await log.FindByMessageSidAsync("SM1");
        Assert.Equal("undelivered", record!.Status);
        Assert.Equal("30003", record.ErrorCode);

        Assert.True(await log.UpdateStatusAsync("SM1", "delivered", null));
        Assert.Equal("r2", Assert.Single(await log.ListFailedAsync(10)).Id);
        Assert.False(await log.UpdateStatusAsync("SM-unknown", "delivered", null));
    }
}
