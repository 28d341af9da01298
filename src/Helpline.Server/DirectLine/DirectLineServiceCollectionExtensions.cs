using Helpline.Channels.BotFramework;
using Helpline.Channels.DirectLine;
using Helpline.Redis.DirectLine;
using Helpline.Server.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Helpline.Server.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    /// <summary>
    /// The Direct Line 3.0 server and the web chat page: options from <c>DirectLine</c> (secret required
    /// outside Development), the in-memory store and feed unless a Redis one was registered first, tokens,
    /// rate limits, WebSockets and the page's static files.
    /// </summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>()
            .Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.Secret is { Length: >= 16 }, "DirectLine:Secret must be set (at least 16 characters).")
            .ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<DirectLineOptions>, DirectLineDevelopmentSecret>();

        if (HelplineServices.UsesRedis(configuration))
        {
            // Conversations and activities in Redis; new activities announced to every instance by pub/sub.
            services.AddSingleton<IDirectLineStore, RedisDirectLineStore>();
            services.AddSingleton<IDirectLineActivityFeed, RedisDirectLineActivityFeed>();
        }
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDirectLineStore, InMemoryDirectLineStore>();
        services.TryAddSingleton<InMemoryDirectLineActivityFeed>();
        services.TryAddSingleton<IDirectLineActivityFeed>(sp => sp.GetRequiredService<InMemoryDirectLineActivityFeed>());
        services.TryAddSingleton<DirectLineTokenService>();
        services.TryAddSingleton<DirectLineConversations>();
        services.TryAddSingleton<IDirectLineOutbox>(sp => sp.GetRequiredService<DirectLineConversations>());
        services.TryAddSingleton<DirectLineRateLimits>();
        services.TryAddSingleton<DirectLineStreams>();
        services.AddLocalization();
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
        });
        services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.AddSingleton<IStartupFilter, DirectLineStartupFilter>();

        // Azure Bot Service (POST /api/messages), when BotFramework:AppId is set.
        services.AddOptions<BotFrameworkOptions>().Bind(configuration.GetSection(BotFrameworkOptions.SectionName));
        services.TryAddSingleton<BotFrameworkAuthenticator>();
        services.AddHttpClient(BotConnectorClient.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        services.TryAddSingleton<BotConnectorClient>();
        return services;
    }
}
