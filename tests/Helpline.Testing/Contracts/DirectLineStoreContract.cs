using Helpline.Channels.DirectLine;
using Helpline.Core.Schema;

namespace Helpline.Testing.Contracts;

/// <summary>
/// The behaviour every <see cref="IDirectLineStore"/> must have; run against the in-memory store and Redis.
/// </summary>
public abstract class DirectLineStoreContract
{
    /// <summary>A store keeping at most <paramref name="maxActivities"/> activities per conversation.</summary>
    protected abstract IDirectLineStore CreateStore(int maxActivities = 100);

    private static DirectLineConversation NewConversation(string user = "dl_user") =>
        new(DirectLineIds.NewConversationId(), user, DateTimeOffset.UtcNow, "ro-MD", "ro", "MD");

    private static Activity Message(string text) => Activity.CreateMessageActivity(text);

    [Fact]
    public async Task AConversationIsCreatedOnceAndReadBack()
    {
        var store = CreateStore();
        var conversation = NewConversation();
        Assert.True(await store.CreateConversationAsync(conversation, CancellationToken.None));
        Assert.False(await store.CreateConversationAsync(conversation with { UserId = "dl_other" }, CancellationToken.None));

        var read = await store.GetConversationAsync(conversation.ConversationId, CancellationToken.None);
        Assert.NotNull(read);
        Assert.Equal("dl_user", read.UserId);
        Assert.Equal("ro-MD", read.Locale);
        Assert.Equal("ro", read.Language);
        Assert.Equal("MD", read.Country);
        Assert.Null(await store.GetConversationAsync("unknown", CancellationToken.None));
    }

    [Fact]
    public async Task AConversationIsMarkedStartedOnlyOnce()
    {
        var store = CreateStore();
        var conversation = NewConversation();
        Assert.False(await store.TryMarkStartedAsync(conversation.ConversationId, CancellationToken.None));
        await store.CreateConversationAsync(conversation, CancellationToken.None);
        var marks = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.TryMarkStartedAsync(conversation.ConversationId, CancellationToken.None))));
        Assert.Single(marks, m => m);
    }

    [Fact]
    public async Task ActivitiesAreNumberedFromOneAndTheirIdsCarryTheWatermark()
    {
        var store = CreateStore();
        var conversation = NewConversation();
        await store.CreateConversationAsync(conversation, CancellationToken.None);
        var id = conversation.ConversationId;

        Assert.Equal(1, await store.AppendActivityAsync(id, Message("one"), CancellationToken.None));
        Assert.Equal(2, await store.AppendActivityAsync(id, Message("two"), CancellationToken.None));
        Assert.Equal(3, await store.AppendActivityAsync(id, Message("three"), CancellationToken.None));

        var all = await store.GetActivitiesAsync(id, 0, 10, CancellationToken.None);
        Assert.Equal(["one", "two", "three"], all.Activities.Select(a => a.Text));
        Assert.Equal([DirectLineIds.ActivityId(id, 1), DirectLineIds.ActivityId(id, 2), DirectLineIds.ActivityId(id, 3)], all.Activities.Select(a => a.Id));
        Assert.Equal("3", all.Watermark);
    }

    [Fact]
    public async Task ReadingAfterAWatermarkGivesOnlyWhatCameLaterAndAtMostTheMaximum()
    {
        var store = CreateStore();
        var conversation = NewConversation();
        await store.CreateConversationAsync(conversation, CancellationToken.None);
        var id = conversation.ConversationId;
        for (var i = 1; i <= 5; i++) await store.AppendActivityAsync(id, Message($"m{i}"), CancellationToken.None);

        var after2 = await store.GetActivitiesAsync(id, 2, 2, CancellationToken.None);
        Assert.Equal(["m3", "m4"], after2.Activities.Select(a => a.Text));
        Assert.Equal("4", after2.Watermark);

        var rest = await store.GetActivitiesAsync(id, 4, 10, CancellationToken.None);
        Assert.Equal(["m5"], rest.Activities.Select(a => a.Text));
        Assert.Equal("5", rest.Watermark);

        var none = await store.GetActivitiesAsync(id, 5, 10, CancellationToken.None);
        Assert.Empty(none.Activities);
        Assert.Equal("5", none.Watermark);
    }

    [Fact]
    public async Task NothingIsAppendedToAnUnknownConversation()
    {
        var store = CreateStore();
        Assert.Null(await store.AppendActivityAsync("unknown", Message("x"), CancellationToken.None));
        Assert.Empty((await store.GetActivitiesAsync("unknown", 0, 10, CancellationToken.None)).Activities);
    }

    [Fact]
    public async Task AFullConversationRefusesMoreActivities()
    {
        var store = CreateStore(maxActivities: 3);
        var conversation = NewConversation();
        await store.CreateConversationAsync(conversation, CancellationToken.None);
        for (var i = 0; i < 3; i++) Assert.NotNull(await store.AppendActivityAsync(conversation.ConversationId, Message("x"), CancellationToken.None));
        Assert.Null(await store.AppendActivityAsync(conversation.ConversationId, Message("too many"), CancellationToken.None));
        Assert.Equal(3, (await store.GetActivitiesAsync(conversation.ConversationId, 0, 10, CancellationToken.None)).Activities.Count);
    }

    [Fact]
    public async Task ConcurrentAppendsGetDistinctConsecutiveWatermarks()
    {
        var store = CreateStore(maxActivities: 1000);
        var conversation = NewConversation();
        await store.CreateConversationAsync(conversation, CancellationToken.None);
        var watermarks = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            Task.Run(() => store.AppendActivityAsync(conversation.ConversationId, Message($"m{i}"), CancellationToken.None))));
        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long?)i), watermarks.Order());
        var all = await store.GetActivitiesAsync(conversation.ConversationId, 0, 100, CancellationToken.None);
        Assert.Equal(40, all.Activities.Select(a => a.Text).Distinct().Count());
    }

    [Fact]
    public async Task ChannelDataAndTheUserSurviveTheRoundTrip()
    {
        var store = CreateStore();
        var conversation = NewConversation();
        await store.CreateConversationAsync(conversation, CancellationToken.None);
        var activity = Message("Bună");
        activity.From = new ChannelAccount("dl_user", role: "user");
        activity.ChannelData = System.Text.Json.JsonSerializer.SerializeToElement(new { language = "ro", clientActivityID = "abc" });
        await store.AppendActivityAsync(conversation.ConversationId, activity, CancellationToken.None);

        var read = (await store.GetActivitiesAsync(conversation.ConversationId, 0, 1, CancellationToken.None)).Activities.Single();
        Assert.Equal("Bună", read.Text);
        Assert.Equal("dl_user", read.From!.Id);
        Assert.Equal("abc", read.ChannelData!.Value.GetProperty("clientActivityID").GetString());
    }
}
