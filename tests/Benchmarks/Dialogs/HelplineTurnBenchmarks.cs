using BenchmarkDotNet.Attributes;
using Helpline.Core.Schema;
using Helpline.Core.State;
using Helpline.Core.Turns;
using Helpline.Dialogs;
using Helpline.Dialogs.Bots;
using Helpline.Dialogs.Culture;
using Helpline.Testing.Conversations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Benchmarks.Dialogs;

/// <summary>
/// One turn through the pipeline as the server composes it (AutoSave -> CultureMiddleware -> HelplineBot)
/// over the in-memory store: a menu choice in a running conversation, and a first message that is a
/// pasted job offer (welcome, privacy notice, first check question).
/// </summary>
[MemoryDiagnoser]
public class HelplineTurnBenchmarks
{
    private ServiceProvider _services = null!;
    private HelplineAdapter _adapter = null!;
    private IBot _bot = null!;
    private int _conversation;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IConversationStateStore>(new InMemoryConversationStateStore());
        services.AddHelplineBot(new ConfigurationBuilder().Build());
        _services = services.BuildServiceProvider();
        _bot = _services.GetRequiredService<HelplineBot>();
        _adapter = new HelplineAdapter(
            new MiddlewareSet()
                .Use(new AutoSaveStateMiddleware(_services.GetRequiredService<ConversationState>(), _services.GetRequiredService<UserState>()))
                .Use(_services.GetRequiredService<CultureMiddleware>()),
            NullLogger<HelplineAdapter>.Instance);
        await _adapter.ProcessActivityAsync(Message("menu-user", ScriptSamples.Greeting["ro"]), _bot, CancellationToken.None);
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark]
    public Task<IReadOnlyList<Activity>> MenuChoiceWhoCanHelp() =>
        _adapter.ProcessActivityAsync(Message("menu-user", "3"), _bot, CancellationToken.None);

    [Benchmark]
    public Task<IReadOnlyList<Activity>> FirstMessageIsAPastedOffer() =>
        _adapter.ProcessActivityAsync(Message($"offer-user-{++_conversation}", ScriptSamples.Offer["uk"]), _bot, CancellationToken.None);

    private static Activity Message(string conversation, string text) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelIds.Sms,
        Text = text,
        From = new ChannelAccount("+37369123456", role: "user"),
        Recipient = new ChannelAccount("helpline", role: "bot"),
        Conversation = new ConversationAccount(conversation),
    };
}
