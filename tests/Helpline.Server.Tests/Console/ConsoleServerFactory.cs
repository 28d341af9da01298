using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Helpline.Core.Counselling;
using Helpline.Core.Counselling.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Helpline.Server.Tests.Console;

/// <summary>
/// The real service in single-process mode (in-memory queue, transcripts, audit and accounts) in the Testing
/// environment, so cookies are <c>__Host-</c>, Secure and SameSite=Strict, over https://localhost. Twilio's REST
/// API is a local fake at <paramref name="twilioApiUrl"/>.
/// </summary>
public sealed class ConsoleServerFactory(string twilioApiUrl) : WebApplicationFactory<Program>
{
    private TimeProvider? _clock;

    public const string Password = "correct horse battery staple";
    public const string AccountSid = "AC00000000000000000000000000000000";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Redis:Configuration", "");
        builder.UseSetting("Twilio:AccountSid", AccountSid);
        builder.UseSetting("Twilio:AuthToken", "test-auth-token-0123456789");
        builder.UseSetting("Twilio:WebhookBaseUrl", "https://helpline.test");
        builder.UseSetting("Twilio:ApiBaseUrl", twilioApiUrl);
        builder.UseSetting("Twilio:From", "+37322000000");
        builder.UseSetting("DirectLine:Secret", "console-tests-directline-secret-0123456789");
        builder.UseSetting("Console:WaitingAlertMinutes", "7");
        builder.UseSetting("Counselling:LoginPermitsPerWindow", "1000");
        if (_clock is { } clock) builder.ConfigureTestServices(services => services.AddSingleton(clock));
    }

    /// <summary>Runs the service on this clock (set before the first request).</summary>
    public ConsoleServerFactory WithClock(TimeProvider clock)
    {
        _clock = clock;
        return this;
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    public async Task AddAccountAsync(string name, string role)
    {
        var accounts = Services.GetRequiredService<ICounsellorAccounts>();
        await accounts.CreateAsync(new CounsellorAccount
        {
            Name = name,
            Role = role,
            PasswordHash = CounsellorPasswords.Hash(name, Password),
            CreatedAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None);
    }

    /// <summary>Signs in through the console's cookie login (with the antiforgery token) and returns the session's token for POSTs.</summary>
    public static async Task<string> SignInAsync(HttpClient browser, string name)
    {
        var anonymous = await browser.GetFromJsonAsync<TokenBody>("/api/console/antiforgery");
        var login = new HttpRequestMessage(HttpMethod.Post, "/counsellor/login") { Content = JsonContent.Create(new { name, password = Password }) };
        login.Headers.Add("X-CSRF-TOKEN", anonymous!.Token);
        var response = await browser.SendAsync(login);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var session = await browser.GetFromJsonAsync<SessionBody>("/api/console/session");
        return session!.CsrfToken;
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient browser, string csrf, string path, object? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body ?? new { }) };
        request.Headers.Add("X-CSRF-TOKEN", csrf);
        return browser.SendAsync(request);
    }

    /// <summary>A bearer token as the counsellor API's login issues it, for any name and role (also roles no account has).</summary>
    public string BearerToken(string name, string role)
    {
        var options = Services.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(BearerTokenDefaults.AuthenticationScheme);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, name), new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)],
            BearerTokenDefaults.AuthenticationScheme);
        var properties = new AuthenticationProperties { ExpiresUtc = DateTimeOffset.UtcNow.AddHours(1) };
        return options.BearerTokenProtector.Protect(new AuthenticationTicket(new ClaimsPrincipal(identity), properties, BearerTokenDefaults.AuthenticationScheme));
    }

    public async Task<CounsellorTicket> EnqueueSmsTicketAsync(string phone, string culture = "ro-MD", string country = "MD")
    {
        var queue = Services.GetRequiredService<ICounsellorQueue>();
        var transcripts = Services.GetRequiredService<ITranscriptStore>();
        var conversation = new TicketConversation("sms", "sms-" + Guid.NewGuid().ToString("N"), phone);
        var result = await queue.EnqueueAsync(new TicketRequest(conversation, TicketPriority.P2, culture, country, ["exploitation.withheld-pay"]), CancellationToken.None);
        await transcripts.AppendAsync(conversation, TranscriptAuthor.User,
            "They took my passport and I work 14 hours a day without pay.", null, CancellationToken.None);
        return result.Ticket;
    }

    public sealed record TokenBody(string Token);

    public sealed record SessionBody(string Name, string[] Roles, string CsrfToken, int LeaseRenewSeconds, int WaitingAlertMinutes);
}
