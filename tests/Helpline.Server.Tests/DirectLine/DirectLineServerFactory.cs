using Helpline.Core.Turns;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Helpline.Server.Tests.DirectLine;

/// <summary>The service in memory, with a known site secret, tight limits and the echo bot.</summary>
public sealed class DirectLineServerFactory : WebApplicationFactory<Program>
{
    public const string Secret = "test-site-secret-0123456789abcdef";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("DirectLine:Secret", Secret);
        builder.UseSetting("DirectLine:ActivitiesPerMinute", "8");
        builder.UseSetting("DirectLine:TokensPerMinutePerClient", "1000");
        builder.UseSetting("DirectLine:MaxActivityBytes", "4096");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IBot>();
            services.AddSingleton<IBot, EchoBot>();
        });
    }
}
