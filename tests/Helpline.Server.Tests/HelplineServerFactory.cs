using Helpline.Channels.Sms;
using Helpline.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Helpline.Server.Tests;

/// <summary>
/// The real service in memory (WebApplicationFactory) on a real Redis, with Twilio's REST API replaced by a
/// local fake. Signatures are computed in the tests with the auth token below.
/// </summary>
public sealed class HelplineServerFactory(RedisServer redis, string twilioApiUrl, string keyPrefix, Action<IServiceCollection>? configureServices = null)
    : WebApplicationFactory<Program>
{
    public const string AuthToken = "test-auth-token-0123456789";
    public const string AccountSid = "AC00000000000000000000000000000000";
    public const string PublicBaseUrl = "https://helpline.test";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Redis:Configuration", redis.Configuration);
        builder.UseSetting("Redis:KeyPrefix", keyPrefix);
        builder.UseSetting("Privacy:HashKey", "test-hash-key");
        builder.UseSetting("Twilio:AccountSid", AccountSid);
        builder.UseSetting("Twilio:AuthToken", AuthToken);
        builder.UseSetting("Twilio:WebhookBaseUrl", PublicBaseUrl);
        builder.UseSetting("Twilio:ApiBaseUrl", twilioApiUrl);
        builder.UseSetting("Twilio:From", "+37322000000");
        builder.UseSetting("DirectLine:Secret", "test-site-secret-0123456789abcdef");
        if (configureServices is not null) builder.ConfigureTestServices(configureServices);
    }

    /// <summary>Posts an inbound SMS signed as Twilio signs it.</summary>
    public Task<HttpResponseMessage> PostSmsAsync(HttpClient client, IDictionary<string, string> form, string path = SmsRoutes.Inbound, string? signature = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add(TwilioSignature.HeaderName, signature ?? TwilioSignature.Compute(AuthToken, PublicBaseUrl + path, form));
        return client.SendAsync(request);
    }

    public static Dictionary<string, string> InboundSms(string from, string body, string? messageSid = null) => new()
    {
        ["MessageSid"] = messageSid ?? "SM" + Guid.NewGuid().ToString("N"),
        ["AccountSid"] = AccountSid,
        ["From"] = from,
        ["To"] = "+37322000000",
        ["Body"] = body,
        ["NumMedia"] = "0",
    };
}
