using Helpline.Redis;
using Helpline.Server.Console;
using Helpline.Testing;

namespace Helpline.Server.Tests.Console;

[Collection(RedisCollection.Name)]
public sealed class RedisTicketNotesTests(RedisServer redis) : TicketNotesContractTests
{
    private readonly RedisKeys _keys = new(RedisServer.UniquePrefix(nameof(RedisTicketNotesTests)));

    protected override ITicketNotes CreateNotes() => new RedisTicketNotes(redis.Connection, _keys, Options);

    [Fact]
    public async Task TheNotesKeyExpiresAfterTheRetentionPeriodRenewedByEachNote()
    {
        var notes = new RedisTicketNotes(redis.Connection, _keys, Options);
        await notes.AddAsync("0000000011", new TicketNote(DateTimeOffset.UtcNow, "ana", "note"), CancellationToken.None);
        var ttl = await redis.Connection.GetDatabase().KeyTimeToLiveAsync(notes.NotesKey("0000000011"));
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, Options.Value.Retention - TimeSpan.FromMinutes(1), Options.Value.Retention);
        Assert.StartsWith(_keys.Prefix, notes.NotesKey("0000000011").ToString());
    }
}
