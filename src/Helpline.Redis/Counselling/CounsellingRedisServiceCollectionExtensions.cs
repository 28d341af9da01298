using Helpline.Core.Counselling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Helpline.Redis.Counselling;

public static class CounsellingRedisServiceCollectionExtensions
{
    /// <summary>
    /// The counsellor queue, transcripts, audit log and notifications in Redis. Binds <see cref="RedisOptions"/>
    /// (section <c>Redis</c>); uses the registered <see cref="IConnectionMultiplexer"/> and <see cref="RedisKeys"/>,
    /// or registers them from those options when the host has not.
    /// </summary>
    public static IServiceCollection AddRedisCounselling(this IServiceCollection services)
    {
        services.AddCounsellorQueueOptions();
        services.AddOptions<RedisOptions>()
            .BindConfiguration(RedisOptions.SectionName)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Configuration), "Redis:Configuration is required.")
            .Validate(o => !o.KeyPrefix.Contains('{') && !o.KeyPrefix.Contains('}'), "Redis:KeyPrefix must not contain braces.")
            .ValidateOnStart();
        services.TryAddSingleton<IConnectionMultiplexer>(sp =>
        {
            var configuration = ConfigurationOptions.Parse(sp.GetRequiredService<IOptions<RedisOptions>>().Value.Configuration!);
            configuration.AbortOnConnectFail = false;
            return ConnectionMultiplexer.Connect(configuration);
        });
        services.TryAddSingleton(sp => new RedisKeys(sp.GetRequiredService<IOptions<RedisOptions>>().Value.KeyPrefix));
        services.TryAddSingleton<ICounsellorQueue, RedisCounsellorQueue>();
        services.TryAddSingleton<ITranscriptStore, RedisTranscriptStore>();
        services.TryAddSingleton<IAuditLog, RedisAuditLog>();
        services.TryAddSingleton<IQueueNotifications, RedisQueueNotifications>();
        return services;
    }
}
