using System.Threading.RateLimiting;
using Helpline.Core.Counselling;
using Helpline.Core.Counselling.Accounts;
using Helpline.Core.Counselling.InMemory;
using Helpline.Dialogs.Directory;
using Helpline.Redis;
using Helpline.Redis.Counselling;
using Helpline.Safety.Disclosures;
using Helpline.Server.Hosting;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Helpline.Server.Counselling;

/// <summary>
/// Everything escalation to a live counsellor needs: the queue, transcripts, audit and presence (Redis when
/// <c>Redis:Configuration</c> is set, else memory), counsellor accounts, the safety screen and handoff
/// middleware, the outbox, bearer-token authentication (keys shared through Redis), the login rate
/// limit and the SignalR hub (Redis backplane when Redis is configured).
/// </summary>
public static class CounsellingServices
{
    public static WebApplicationBuilder AddCounselling(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var usesRedis = HelplineServices.UsesRedis(configuration);

        services.AddOptions<CounsellingOptions>()
            .Bind(configuration.GetSection(CounsellingOptions.SectionName))
            .Validate(o => { o.Validate(); return true; })
            .ValidateOnStart();
        static TimeSpan Presence(IServiceProvider sp) => sp.GetRequiredService<IOptions<CounsellingOptions>>().Value.PresenceTimeout;

        var signalR = services.AddSignalR();
        if (usesRedis)
        {
            services.AddRedisCounselling();
            services.TryAddSingleton<ICounsellorAccounts, RedisCounsellorAccounts>();
            services.TryAddSingleton<ICounsellorPresence>(sp => new RedisCounsellorPresence(
                sp.GetRequiredService<IConnectionMultiplexer>(), sp.GetRequiredService<RedisKeys>(), sp.GetRequiredService<TimeProvider>(), Presence(sp)));
            services.TryAddSingleton<ITranscriptEraser, RedisTranscriptEraser>();
            services.AddDataProtection().SetApplicationName("helpline");
            services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((o, sp) =>
                o.XmlRepository = new RedisXmlRepository(
                    () => sp.GetRequiredService<IConnectionMultiplexer>().GetDatabase(),
                    sp.GetRequiredService<RedisKeys>().DataProtectionKeys));
            var prefix = configuration[$"{RedisOptions.SectionName}:{nameof(RedisOptions.KeyPrefix)}"] ?? new RedisOptions().KeyPrefix;
            signalR.AddStackExchangeRedis(configuration[$"{RedisOptions.SectionName}:{nameof(RedisOptions.Configuration)}"]!, o =>
                o.Configuration.ChannelPrefix = RedisChannel.Literal(prefix + "signalr"));
        }
        else
        {
            services.AddInMemoryCounselling();
            services.TryAddSingleton<ICounsellorAccounts, InMemoryCounsellorAccounts>();
            services.TryAddSingleton<ITranscriptEraser, InMemoryTranscriptEraser>();
            services.TryAddSingleton<ICounsellorPresence>(sp => new InMemoryCounsellorPresence(sp.GetRequiredService<TimeProvider>(), Presence(sp)));
        }

        // The parameterless constructor reads the embedded lexicons (DI would pick the one taking an empty list).
        services.TryAddSingleton(_ => new DisclosureScreen());
        services.TryAddSingleton<WhoCanHelpAnswer>();
        services.TryAddSingleton<CounsellorAvailability>();
        services.TryAddSingleton<CancelWords>();
        services.TryAddSingleton<TurnTranscript>();
        services.TryAddSingleton<EscalationService>();
        services.TryAddSingleton<IEscalationRequests>(sp => sp.GetRequiredService<EscalationService>());
        services.TryAddSingleton<SafetyScreenMiddleware>();
        services.TryAddSingleton<HandoffRouter>();
        services.TryAddSingleton<CounsellorNotifier>();
        services.TryAddSingleton<ConversationOutbox>();
        services.TryAddSingleton<CounsellorRelay>();
        services.TryAddSingleton<CounsellorHubInstance>();
        services.AddHostedService<CounsellorHubRelay>();

        AddAuthentication(services);
        return builder;
    }

    private static void AddAuthentication(IServiceCollection services)
    {
        services.AddAuthentication(BearerTokenDefaults.AuthenticationScheme).AddBearerToken();
        services.AddOptions<BearerTokenOptions>(BearerTokenDefaults.AuthenticationScheme).Configure<IOptions<CounsellingOptions>>((o, counselling) =>
        {
            o.BearerTokenExpiration = counselling.Value.TokenLifetime;
            o.RefreshTokenExpiration = counselling.Value.TokenLifetime;
            o.Events.OnMessageReceived = context =>
            {
                // WebSockets cannot send headers: the hub takes the token from the query string.
                var token = context.Request.Query["access_token"];
                if (!string.IsNullOrEmpty(token) && context.HttpContext.Request.Path.StartsWithSegments(CounsellorHub.Path))
                {
                    context.Token = token;
                }
                return Task.CompletedTask;
            };
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(CounsellorAuthorization.Policy, p => p.RequireAuthenticatedUser().RequireRole(CounsellorRoles.All));

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(CounsellorAuthorization.LoginRateLimit, context =>
            {
                var counselling = context.RequestServices.GetRequiredService<IOptions<CounsellingOptions>>().Value;
                var ip = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(ip, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = counselling.LoginPermitsPerWindow,
                    Window = counselling.LoginWindow,
                    QueueLimit = 0,
                });
            });
        });
    }
}
