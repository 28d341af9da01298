using Helpline.Core.Counselling;
using Helpline.Core.Languages;
using Helpline.Core.Schema;
using Helpline.Core.State;
using Helpline.Core.Turns;
using Helpline.Dialogs.Bots;
using Helpline.Dialogs.Culture;
using Helpline.Dialogs.JobOffers;
using Helpline.Safety.Language;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Helpline.Dialogs.Tests;

/// <summary>
/// The real turn pipeline in memory, wired as the server wires it: AutoSave(conversation, user) ->
/// CultureMiddleware -> HelplineBot, over an in-memory state store.
/// </summary>
public sealed class HelplineTestHost : IDisposable
{
    public const int RetentionDays = 30;

    /// <summary>Trained once for all tests: training takes a moment and the identifier is immutable.</summary>
    private static readonly Lazy<LanguageIdentifier> SharedIdentifier = new(() => new LanguageIdentifier());

    private readonly ServiceProvider _services;

    public HelplineTestHost(IEscalationRequests? escalations = null, ITranscriptEraser? transcripts = null, IJobOfferCheck? jobOffers = null, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Helpline:RetentionDays"] = RetentionDays.ToString() })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IConversationStateStore>(Store);
        services.AddSingleton<ILanguageIdentifier>(SharedIdentifier.Value);
        if (jobOffers is not null) services.AddSingleton(jobOffers);
        else services.AddSingleton<IJobOfferCheck>(sp => new RecordingJobOfferCheck(ActivatorUtilities.CreateInstance<JobOfferCheck>(sp)));
        if (escalations is not null) services.AddSingleton(escalations);
        if (transcripts is not null) services.AddSingleton(transcripts);
        services.AddHelplineBot(configuration);
        configure?.Invoke(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Bot = _services.GetRequiredService<HelplineBot>();
        var pipeline = new MiddlewareSet()
            .Use(new AutoSaveStateMiddleware(_services.GetRequiredService<ConversationState>(), _services.GetRequiredService<UserState>()))
            .Use(_services.GetRequiredService<CultureMiddleware>());
        Adapter = new HelplineAdapter(pipeline, NullLogger<HelplineAdapter>.Instance) { OnTurnError = Bot.OnTurnErrorAsync };
    }

    public InMemoryConversationStateStore Store { get; } = new();

    /// <summary>The job-offer check in use, recording its requests (unless the test gave its own).</summary>
    public RecordingJobOfferCheck JobOffers => _services.GetRequiredService<IJobOfferCheck>() as RecordingJobOfferCheck
        ?? throw new InvalidOperationException("This host was given its own job-offer check.");

    public HelplineBot Bot { get; }

    public HelplineAdapter Adapter { get; }

    public IServiceProvider Services => _services;

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public Task<IReadOnlyList<Activity>> SendAsync(Activity activity, CancellationToken cancellationToken = default) =>
        Adapter.ProcessActivityAsync(activity, Bot, cancellationToken);

    public void Dispose() => _services.Dispose();
}
