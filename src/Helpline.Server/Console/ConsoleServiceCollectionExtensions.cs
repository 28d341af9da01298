using Helpline.Redis;
using Helpline.Safety.JobOffers;
using Helpline.Server.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Helpline.Server.Console;

public static class ConsoleServiceCollectionExtensions
{
    /// <summary>
    /// The counsellor console: options (section <c>Console</c>), sign-in (cookie or bearer), authorization
    /// policies by role, antiforgery, private notes (Redis when configured), the job-offer highlighter and the
    /// page's security headers and static files.
    /// </summary>
    public static WebApplicationBuilder AddHelplineConsole(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ConsoleOptions>()
            .Bind(builder.Configuration.GetSection(ConsoleOptions.SectionName))
            .Validate(o => { o.Validate(); return true; })
            .ValidateOnStart();
        services.AddConsoleAuthentication(builder.Environment);
        services.TryAddSingleton(_ => JobOfferAnalyzer.CreateDefault());
        services.TryAddSingleton<OfferHighlighter>();
        if (HelplineServices.UsesRedis(builder.Configuration))
        {
            services.TryAddSingleton<ITicketNotes, RedisTicketNotes>();
        }
        else
        {
            services.TryAddSingleton<ITicketNotes, InMemoryTicketNotes>();
        }
        // First, so the page's headers are set before the static files middleware answers.
        services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, ConsoleStartupFilter>());
        return builder;
    }
}
