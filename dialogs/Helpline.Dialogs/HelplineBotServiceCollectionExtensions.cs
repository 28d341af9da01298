using Helpline.Core.Languages;
using Helpline.Core.State;
using Helpline.Core.Turns;
using Helpline.Dialogs.Bots;
using Helpline.Dialogs.Culture;
using Helpline.Dialogs.Dialogs;
using Helpline.Dialogs.Directory;
using Helpline.Dialogs.JobOffers;
using Helpline.Dialogs.Understanding;
using Helpline.Safety.JobOffers;
using Helpline.Safety.Language;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Helpline.Dialogs;

/// <summary>Registers the helpline's bot and what it needs; the host registers the state store and composes the pipeline.</summary>
public static class HelplineBotServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IBot"/> (<see cref="HelplineBot"/>), <see cref="ConversationState"/> and
    /// <see cref="UserState"/> (kept <see cref="HelplineOptions.RetentionDays"/> days over the registered
    /// <see cref="IConversationStateStore"/>), the <see cref="CultureMiddleware"/> as a singleton, the
    /// dialogs, and <see cref="HelplineOptions"/> from the <c>Helpline</c> section, validated at start.
    /// <see cref="Helpline.Core.Counselling.IEscalationRequests"/> and
    /// <see cref="Helpline.Core.Counselling.ITranscriptEraser"/> are used when registered, by whoever provides them.
    /// The pipeline is: <c>AutoSaveStateMiddleware(ConversationState, UserState) -> CultureMiddleware -> safety
    /// screen -> handoff router -> IBot</c>, with <c>adapter.OnTurnError = bot.OnTurnErrorAsync</c>.
    /// </summary>
    public static IServiceCollection AddHelplineBot(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<HelplineOptions>()
            .Bind(configuration.GetSection(HelplineOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddLocalization();

        services.TryAddSingleton(sp => new ConversationState(
            sp.GetRequiredService<IConversationStateStore>(), RetentionOf(sp)));
        services.TryAddSingleton(sp => new UserState(
            sp.GetRequiredService<IConversationStateStore>(), RetentionOf(sp)));

        services.TryAddSingleton<ILanguageIdentifier, LanguageIdentifier>();
        services.TryAddSingleton(sp => new ConversationLanguage(sp.GetRequiredService<ILanguageIdentifier>()));
        services.TryAddSingleton(_ => HelplineDirectory.FromEmbeddedResources());
        services.TryAddSingleton<WhoCanHelpAnswer>();
        services.TryAddSingleton<HelplineKeywords>();
        services.TryAddSingleton(_ => JobOfferAnalyzer.CreateDefault());
        services.TryAddSingleton(sp => new FreeTextUnderstanding(sp.GetRequiredService<HelplineKeywords>(), sp.GetRequiredService<JobOfferAnalyzer>()));
        services.TryAddSingleton<HelpMessage>();
        services.TryAddSingleton<JobOfferAnswer>();
        services.TryAddSingleton<JobOfferCheck>();
        services.TryAddSingleton<IJobOfferCheck>(sp => sp.GetRequiredService<JobOfferCheck>());
        services.TryAddSingleton<CultureMiddleware>();

        services.TryAddSingleton<CountryDialog>();
        services.TryAddSingleton<WelcomeDialog>();
        services.TryAddSingleton<JobOfferDialog>();
        services.TryAddSingleton<AdviceDialog>();
        services.TryAddSingleton<WhoCanHelpDialog>();
        services.TryAddSingleton<CounsellorRequestDialog>();
        services.TryAddSingleton<LanguageDialog>();
        services.TryAddSingleton<DeleteDataDialog>();
        services.TryAddSingleton<MainDialog>();

        services.TryAddSingleton<HelplineBot>();
        services.TryAddSingleton<IBot>(sp => sp.GetRequiredService<HelplineBot>());
        return services;
    }

    private static TimeSpan RetentionOf(IServiceProvider services) =>
        TimeSpan.FromDays(services.GetRequiredService<IOptions<HelplineOptions>>().Value.RetentionDays);
}
