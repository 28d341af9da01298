using Helpline.Core.Counselling.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Helpline.Core.Counselling;

public static class CounsellingServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <see cref="CounsellorQueueOptions"/> (section <c>CounsellorQueue</c>) and runs the
    /// background requeue of expired leases. Called by both the Redis and the in-memory registrations.
    /// </summary>
    public static IServiceCollection AddCounsellorQueueOptions(this IServiceCollection services)
    {
        services.AddOptions<CounsellorQueueOptions>()
            .BindConfiguration(CounsellorQueueOptions.SectionName)
            .Validate(o => { o.Validate(); return true; })
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<LeaseRequeueService>();
        return services;
    }

    /// <summary>The counsellor queue, transcripts, audit log and notifications in process memory (one instance only).</summary>
    public static IServiceCollection AddInMemoryCounselling(this IServiceCollection services)
    {
        services.AddCounsellorQueueOptions();
        services.TryAddSingleton<InMemoryCounsellingStore>();
        services.TryAddSingleton<ICounsellorQueue, InMemoryCounsellorQueue>();
        services.TryAddSingleton<ITranscriptStore, InMemoryTranscriptStore>();
        services.TryAddSingleton<IAuditLog, InMemoryAuditLog>();
        services.TryAddSingleton<IQueueNotifications, InMemoryQueueNotifications>();
        return services;
    }
}
