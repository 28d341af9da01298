using Helpline.Channels.Sms;
using Helpline.Redis;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Helpline.Server.Hosting;

public static class DefaultEndpoints
{
    /// <summary><c>GET /health</c>: healthy when the service and (if configured) Redis answer.</summary>
    public static IEndpointRouteBuilder MapDefaultEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health");
        return app;
    }

    /// <summary>Says clearly whether the service keeps its state in Redis or only in this process.</summary>
    public static void LogStartupMode(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Helpline");
        if (HelplineServices.UsesRedis(app.Configuration))
        {
            var prefix = app.Services.GetRequiredService<IOptions<RedisOptions>>().Value.KeyPrefix;
            logger.LogInformation("State, queue and transcripts are kept in Redis (key prefix {Prefix}).", prefix);
        }
        else
        {
            logger.LogWarning("Single-process mode: no Redis:Configuration, so state, the counsellor queue and transcripts " +
                              "live in this process's memory only and are lost when it stops. Set Redis__Configuration for production.");
        }
        var twilio = app.Services.GetRequiredService<IOptions<TwilioOptions>>().Value;
        if (!twilio.ValidateSignatures)
        {
            logger.LogWarning("Twilio signature validation is OFF (Development only): any caller can post SMS webhooks.");
        }
    }

    public static IServiceCollection AddForwardedHeadersFromProxy(this IServiceCollection services) =>
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        });
}
