using Helpline.Channels.Sms;
using Helpline.Core.Idempotency;
using Helpline.Core.Privacy;
using Helpline.Core.Sms;
using Helpline.Core.State;
using Helpline.Core.Turns;
using Helpline.Dialogs;
using Helpline.Dialogs.Bots;
using Helpline.Dialogs.Directory;
using Helpline.Server.JobOffers;
using Helpline.Redis;
using Helpline.Redis.Idempotency;
using Helpline.Redis.Sms;
using Helpline.Redis.State;
using Helpline.Server.Counselling;
using Helpline.Server.Sms;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using StackExchange.Redis;

namespace Helpline.Server.Hosting;

/// <summary>Everything the service needs, registered from configuration.</summary>
public static class HelplineServices
{
    public static WebApplicationBuilder AddHelplineServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddSingleton(TimeProvider.System);
        services.AddLocalization();
        services.AddProblemDetails();
        services.AddForwardedHeadersFromProxy();
        services.AddOptions<RedisOptions>().Bind(configuration.GetSection(RedisOptions.SectionName));
        services.AddOptions<PrivacyOptions>().Bind(configuration.GetSection(PrivacyOptions.SectionName));
        services.AddOptions<TwilioOptions>()
            .Bind(configuration.GetSection(TwilioOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.ValidateSignatures || builder.Environment.IsDevelopment(),
                "Twilio:ValidateSignatures may be switched off only in the Development environment.")
            .Validate(o => !o.ValidateSignatures || !string.IsNullOrEmpty(o.AuthToken) || builder.Environment.IsDevelopment(),
                "Twilio:AuthToken is required to check webhook signatures.")
            .ValidateOnStart();

        services.AddSingleton(sp =>
        {
            var key = sp.GetRequiredService<IOptions<PrivacyOptions>>().Value.HashKey;
            if (string.IsNullOrEmpty(key))
            {
                if (!builder.Environment.IsDevelopment() && !builder.Environment.IsEnvironment("Testing") && UsesRedis(configuration))
                {
                    throw new OptionsValidationException(PrivacyOptions.SectionName, typeof(PrivacyOptions),
                        ["Privacy:HashKey is required when the service keeps its state in Redis."]);
                }
                key = PhoneHasher.DevelopmentKey;
            }
            return new PhoneHasher(key);
        });

        AddStorage(services, configuration);
        AddPipeline(services);
        AddSms(services);
        services.AddSingleton(_ => HelplineDirectory.FromEmbeddedResources());
        services.AddHelplineBot(configuration);
        services.AddJobOfferApi(configuration);
        builder.AddHelplineTelemetry();

        // Escalation to live counsellors (Counselling/): queue, safety screen, handoff, accounts, API and hub.
        builder.AddCounselling();

        var health = services.AddHealthChecks();
        if (UsesRedis(configuration))
        {
            health.AddRedis(sp => sp.GetRequiredService<IConnectionMultiplexer>(), name: "redis");
        }
        return builder;
    }

    public static bool UsesRedis(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{RedisOptions.SectionName}:{nameof(RedisOptions.Configuration)}"]);

    private static void AddStorage(IServiceCollection services, IConfiguration configuration)
    {
        if (UsesRedis(configuration))
        {
            services.AddSingleton<IConnectionMultiplexer>(sp =>
            {
                var o = sp.GetRequiredService<IOptions<RedisOptions>>().Value;
                var options = ConfigurationOptions.Parse(o.Configuration!);
                options.AbortOnConnectFail = false;
                return ConnectionMultiplexer.Connect(options);
            });
            services.AddSingleton(sp => new RedisKeys(sp.GetRequiredService<IOptions<RedisOptions>>().Value.KeyPrefix));
            services.AddSingleton<IConversationStateStore, RedisConversationStateStore>();
            services.AddSingleton<IIdempotencyStore, RedisIdempotencyStore>();
            services.AddSingleton<ISmsOptOutStore, RedisSmsOptOutStore>();
            services.AddSingleton<ISmsDeliveryLog, RedisSmsDeliveryLog>();
        }
        else
        {
            services.AddSingleton<IConversationStateStore, InMemoryConversationStateStore>();
            services.AddSingleton<IIdempotencyStore, InMemoryIdempotencyStore>();
            services.AddSingleton<ISmsOptOutStore, InMemorySmsOptOutStore>();
            services.AddSingleton<ISmsDeliveryLog, InMemorySmsDeliveryLog>();
        }
    }

    /// <summary>
    /// The turn pipeline, in order: load and save state around everything; then SMS keywords (opt-out, help);
    /// then the bot. The language, safety screen and handoff steps join here as they are registered.
    /// </summary>
    private static void AddPipeline(IServiceCollection services)
    {
        services.AddSingleton<SmsKeywordsMiddleware>();
        services.AddSingleton(sp => HelplinePipeline.Build(sp));
        services.AddSingleton(sp =>
        {
            var adapter = new HelplineAdapter(sp.GetRequiredService<MiddlewareSet>(), sp.GetRequiredService<ILogger<HelplineAdapter>>());
            // The bot apologises in the user's language and resets the dialog stack (CoreBot's error handler).
            adapter.OnTurnError = sp.GetRequiredService<HelplineBot>().OnTurnErrorAsync;
            return adapter;
        });
    }

    private static void AddSms(IServiceCollection services)
    {
        services.AddSingleton(_ => SmsKeywords.Default);
        services.AddSingleton<SmsActivityFactory>();
        services.AddSingleton<SmsMetrics>();
        services.AddSingleton<SmsOutbox>();
        services.AddHttpClient<TwilioMessagesClient>(TwilioMessagesClient.HttpClientName)
            .AddResilienceHandler("twilio", pipeline =>
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 4,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromMilliseconds(500),
                    // Only throttling and server errors: a 4xx means the request itself is wrong.
                    ShouldHandle = args => ValueTask.FromResult(
                        args.Outcome.Result is { } r ? TwilioMessagesClient.IsTransient(r.StatusCode) : args.Outcome.Exception is HttpRequestException),
                    ShouldRetryAfterHeader = true,
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(15));
            });
    }
}
