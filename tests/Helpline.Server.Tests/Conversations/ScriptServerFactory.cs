using Helpline.Dialogs;
using Helpline.Dialogs.JobOffers;
using Helpline.Testing.Conversations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Helpline.Server.Tests.Conversations;

/// <summary>
/// The whole service as the README's run command starts it (single-process mode, the real bot, safety
/// screen and handoff), with the job-offer check recording its requests so scripts can compose the
/// expected answer.
/// </summary>
public sealed class ScriptServerFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Twilio:AccountSid", HelplineServerFactory.AccountSid);
        builder.UseSetting("Twilio:AuthToken", HelplineServerFactory.AuthToken);
        builder.UseSetting("Twilio:WebhookBaseUrl", HelplineServerFactory.PublicBaseUrl);
        builder.UseSetting("Twilio:From", "+37322000000");
        builder.UseSetting("DirectLine:Secret", "script-site-secret-0123456789abcdef");
        builder.UseSetting("DirectLine:TokensPerMinutePerClient", "100000");
        builder.UseSetting("DirectLine:ActivitiesPerMinute", "1000");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IJobOfferCheck>();
            services.AddSingleton(sp => new RecordingJobOfferCheck(sp.GetRequiredService<JobOfferCheck>()));
            services.AddSingleton<IJobOfferCheck>(sp => sp.GetRequiredService<RecordingJobOfferCheck>());
        });
    }

    public int RetentionDays => Services.GetRequiredService<IOptions<HelplineOptions>>().Value.RetentionDays;
}
