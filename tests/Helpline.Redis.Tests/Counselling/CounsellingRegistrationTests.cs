using Helpline.Core.Counselling;
using Helpline.Core.Counselling.InMemory;
using Helpline.Redis.Counselling;
using Helpline.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Helpline.Redis.Tests.Counselling;

[Collection(RedisCollection.Name)]
public sealed class CounsellingRegistrationTests(RedisServer redis)
{
    private static ServiceProvider Build(Action<IServiceCollection> add, IDictionary<string, string?> settings, TimeProvider? time = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        if (time is not null) services.AddSingleton<TimeProvider>(time);
        add(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void TheInMemoryRegistrationResolvesEveryService()
    {
        using var provider = Build(s => s.AddInMemoryCounselling(), new Dictionary<string, string?> { ["CounsellorQueue:LeaseDuration"] = "00:01:30" });

        Assert.IsType<InMemoryCounsellorQueue>(provider.GetRequiredService<ICounsellorQueue>());
        Assert.IsType<InMemoryTranscriptStore>(provider.GetRequiredService<ITranscriptStore>());
        Assert.IsType<InMemoryAuditLog>(provider.GetRequiredService<IAuditLog>());
        Assert.IsType<InMemoryQueueNotifications>(provider.GetRequiredService<IQueueNotifications>());
        Assert.Contains(provider.GetServices<IHostedService>(), s => s is LeaseRequeueService);
        Assert.Equal(TimeSpan.FromSeconds(90), provider.GetRequiredService<IOptions<CounsellorQueueOptions>>().Value.LeaseDuration);
    }

    [Fact]
    public async Task TheRedisRegistrationConnectsWithTheConfiguredPrefix()
    {
        var prefix = RedisServer.UniquePrefix(nameof(CounsellingRegistrationTests));
        await using var provider = Build(s => s.AddRedisCounselling(), new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = redis.Configuration,
            ["Redis:KeyPrefix"] = prefix,
        });

        var queue = provider.GetRequiredService<ICounsellorQueue>();
        Assert.IsType<RedisCounsellorQueue>(queue);
        Assert.IsType<RedisTranscriptStore>(provider.GetRequiredService<ITranscriptStore>());
        Assert.IsType<RedisAuditLog>(provider.GetRequiredService<IAuditLog>());
        Assert.IsType<RedisQueueNotifications>(provider.GetRequiredService<IQueueNotifications>());
        var ticket = (await queue.EnqueueAsync(new TicketRequest(new TicketConversation("directline", "reg", "u"), TicketPriority.P3, "sq", "AL", []), default)).Ticket;
        Assert.True(await redis.Connection.GetDatabase().HashExistsAsync(new RedisKeys(prefix).Tickets, ticket.Id));
    }

    [Fact]
    public void NonsenseTimingsAreRejectedAtStart()
    {
        using var provider = Build(s => s.AddInMemoryCounselling(), new Dictionary<string, string?> { ["CounsellorQueue:LeaseDuration"] = "00:00:00" });

        Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IOptions<CounsellorQueueOptions>>().Value);
    }

    [Fact]
    public async Task TheBackgroundServiceReturnsExpiredLeasesWithoutAnyClaim()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var provider = Build(s => s.AddInMemoryCounselling(), new Dictionary<string, string?> { ["CounsellorQueue:LeaseDuration"] = "00:02:00" }, time);
        var queue = provider.GetRequiredService<ICounsellorQueue>();
        var service = provider.GetServices<IHostedService>().OfType<LeaseRequeueService>().Single();
        var ticket = (await queue.EnqueueAsync(new TicketRequest(new TicketConversation("sms", "bg", "+355690000001"), TicketPriority.P1, "sq", "AL", []), default)).Ticket;
        await queue.ClaimNextAsync("maria", default);
        await service.StartAsync(default);
        try
        {
            // The service starts its timer on its own thread: move the clock in steps until it has acted.
            for (var step = 0; step < 500 && (await queue.GetAsync(ticket.Id, default))!.Status != TicketStatus.Waiting; step++)
            {
                time.Advance(TimeSpan.FromSeconds(30));
                await Task.Delay(20);
            }
            Assert.Equal(TicketStatus.Waiting, (await queue.GetAsync(ticket.Id, default))!.Status);
        }
        finally
        {
            await service.StopAsync(default);
        }
    }
}
