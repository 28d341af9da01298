using Helpline.Channels.DirectLine;
using Helpline.Core.Schema;
using Helpline.Core.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Helpline.Channels.Tests.DirectLine;

public sealed class DirectLineConversationsTests
{
    private readonly List<Activity> _turns = [];
    private readonly List<DirectLineFeedEvent> _published = [];
    private readonly InMemoryDirectLineStore _store;
    private readonly DirectLineConversations _conversations;

    public DirectLineConversationsTests()
    {
        var options = Options.Create(new DirectLineOptions { BotId = "helpline-bot" });
        _store = new InMemoryDirectLineStore(options, TimeProvider.System);
        var feed = new InMemoryDirectLineActivityFeed(NullLogger<InMemoryDirectLineActivityFeed>.Instance);
        var services = new ServiceCollection()
            .AddSingleton(new HelplineAdapter(new MiddlewareSet(), NullLogger<HelplineAdapter>.Instance))
            .AddSingleton<IBot>(new RecordingBot(_turns))
            .BuildServiceProvider();
        _conversations = new DirectLineConversations(_store, feed, services.GetRequiredService<IServiceScopeFactory>(), options, TimeProvider.System,
            NullLogger<DirectLineConversations>.Instance);
        _subscription = feed.Subscribe("c1", e => { lock (_published) _published.Add(e); return Task.CompletedTask; });
    }

    private readonly IDisposable _subscription;

    private sealed class RecordingBot(List<Activity> turns) : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            turns.Add(turnContext.Activity);
            if (turnContext.Activity.IsMessage)
            {
                await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
                await turnContext.SendActivityAsync(turnContext.Activity.CreateReply("first"), cancellationToken);
                await turnContext.SendActivityAsync(turnContext.Activity.CreateReply("second"), cancellationToken);
            }
        }
    }

    private async Task<DirectLineConversation> StartAsync()
    {
        var started = await _conversations.StartAsync(new DirectLineToken("c1", "dl_real", DateTimeOffset.MaxValue), "ro-RO", CancellationToken.None);
        return started.Conversation;
    }

    [Fact]
    public async Task TheFirstStartRunsAJoinTurnAndALaterStartDoesNot()
    {
        var first = await _conversations.StartAsync(new DirectLineToken("c1", "dl_real", DateTimeOffset.MaxValue), "ro-RO", CancellationToken.None);
        Assert.True(first.IsNew);
        var joined = Assert.Single(_turns);
        Assert.Equal(ActivityTypes.ConversationUpdate, joined.Type);
        Assert.Equal("dl_real", Assert.Single(joined.MembersAdded!).Id);
        Assert.Equal("ro-RO", joined.Locale);

        var again = await _conversations.StartAsync(new DirectLineToken("c1", "dl_real", DateTimeOffset.MaxValue), "ro-RO", CancellationToken.None);
        Assert.False(again.IsNew);
        Assert.Single(_turns);
        var intruder = await _conversations.StartAsync(new DirectLineToken("c1", "dl_other", DateTimeOffset.MaxValue), null, CancellationToken.None);
        Assert.False(intruder.IsNew);
        Assert.Equal("dl_real", intruder.Conversation.UserId);
        Assert.Single(_turns);
    }

    [Fact]
    public async Task APostedMessageRunsUnderTheConversationsUserAndItsRepliesAreStoredInOrder()
    {
        var conversation = await StartAsync();
        var posted = Activity.CreateMessageActivity("hello");
        posted.From = new ChannelAccount("forged-user", "Mallory", "bot");
        posted.ChannelId = "msteams";
        posted.ServiceUrl = "https://evil.example";

        var id = await _conversations.PostAsync(conversation, posted, CancellationToken.None);

        var turn = _turns.Last();
        Assert.Equal("dl_real", turn.From!.Id);
        Assert.Equal("user", turn.From.Role);
        Assert.Equal(Core.Schema.ChannelIds.DirectLine, turn.ChannelId);
        Assert.Null(turn.ServiceUrl);
        Assert.Equal(id, turn.Id);

        var stored = (await _store.GetActivitiesAsync("c1", 0, 10, CancellationToken.None)).Activities;
        Assert.Equal(["hello", "first", "second"], stored.Select(a => a.Text));
        Assert.All(stored.Skip(1), reply =>
        {
            Assert.Equal(id, reply.ReplyToId);
            Assert.Equal("helpline-bot", reply.From!.Id);
            Assert.Equal("dl_real", reply.Recipient!.Id);
        });
        Assert.DoesNotContain(stored, a => a.Type == ActivityTypes.Typing);
        lock (_published)
        {
            Assert.Contains(_published, e => e.Ephemeral?.Type == ActivityTypes.Typing);
            Assert.Equal(3, _published.Where(e => e.Ephemeral is null).Max(e => e.Watermark));
        }
    }

    [Fact]
    public async Task TypingFromTheUserIsNeitherStoredNorRun()
    {
        var conversation = await StartAsync();
        var turnsBefore = _turns.Count;
        await _conversations.PostAsync(conversation, new Activity { Type = ActivityTypes.Typing }, CancellationToken.None);
        Assert.Equal(turnsBefore, _turns.Count);
        Assert.Empty((await _store.GetActivitiesAsync("c1", 0, 10, CancellationToken.None)).Activities);
    }

    [Fact]
    public async Task TheOutboxStoresAndAnnouncesAMessageToTheConversationsUser()
    {
        await StartAsync();
        var id = await _conversations.SendAsync("c1", Activity.CreateMessageActivity("from a counsellor"), CancellationToken.None);
        Assert.Equal(DirectLineIds.ActivityId("c1", 1), id);
        var stored = Assert.Single((await _store.GetActivitiesAsync("c1", 0, 10, CancellationToken.None)).Activities);
        Assert.Equal("dl_real", stored.Recipient!.Id);
        Assert.Equal("bot", stored.From!.Role);
        lock (_published) Assert.Contains(_published, e => e.Watermark == 1 && e.Ephemeral is null);
        Assert.Null(await _conversations.SendAsync("missing", Activity.CreateMessageActivity("x"), CancellationToken.None));
    }
}
