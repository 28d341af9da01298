using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Web;
using System.Xml.Linq;
using Helpline.Core.Counselling;
using Helpline.Core.Counselling.Accounts;
using Helpline.Locales;
using Helpline.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Helpline.Server.Tests.Counselling;

/// <summary>
/// The real service (real bot, real Redis) with a fake Twilio: posts signed SMS, logs counsellors in and
/// reads what Twilio was asked to send. One instance per test; <see cref="Restart"/> starts a new process
/// on the same Redis key prefix.
/// </summary>
public sealed class CounsellingHarness : IDisposable
{
    public const string Password = "correct horse battery staple";
    private const string MessagesPath = "/2010-04-01/Accounts/" + HelplineServerFactory.AccountSid + "/Messages.json";

    private readonly RedisServer _redis;
    private readonly Action<IServiceCollection>? _configure;
    private int _sid;

    public CounsellingHarness(RedisServer redis, string name, Action<IServiceCollection>? configure = null)
    {
        _redis = redis;
        _configure = configure;
        Prefix = RedisServer.UniquePrefix(name);
        Twilio = WireMockServer.Start();
        Twilio.Given(Request.Create().WithPath(MessagesPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { sid = "SMout", status = "queued" }));
        Factory = Create();
        Client = Factory.CreateClient();
    }

    public string Prefix { get; }
    public WireMockServer Twilio { get; }
    public HelplineServerFactory Factory { get; private set; }
    public HttpClient Client { get; private set; }

    public T Service<T>() where T : notnull => Factory.Services.GetRequiredService<T>();

    /// <summary>A new service process on the same Redis and prefix (the old one is disposed).</summary>
    public void Restart()
    {
        Client.Dispose();
        Factory.Dispose();
        Factory = Create();
        Client = Factory.CreateClient();
    }

    private HelplineServerFactory Create() => new(_redis, Twilio.Url!, Prefix, _configure);

    /// <summary>Posts a signed inbound SMS and returns the TwiML reply's messages.</summary>
    public async Task<string[]> SmsAsync(string from, string body)
    {
        var form = HelplineServerFactory.InboundSms(from, body, $"SMin{Interlocked.Increment(ref _sid):D6}{Guid.NewGuid():N}");
        var response = await Factory.PostSmsAsync(Client, form);
        response.EnsureSuccessStatusCode();
        return XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Elements("Message").Select(m => m.Value).ToArray();
    }

    /// <summary>The bodies Twilio was asked to send to <paramref name="to"/>, in order.</summary>
    public string[] SentTo(string to) =>
        Twilio.LogEntries
            .Select(e => HttpUtility.ParseQueryString(e.RequestMessage.Body ?? ""))
            .Where(f => f["To"] == to)
            .Select(f => f["Body"]!)
            .ToArray();

    public async Task CreateCounsellorAsync(string name, string role = CounsellorRoles.Counsellor, string password = Password)
    {
        var created = await Service<ICounsellorAccounts>().CreateAsync(new CounsellorAccount
        {
            Name = name, Role = role, PasswordHash = CounsellorPasswords.Hash(name, password), CreatedAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None);
        Assert.True(created);
    }

    public Task<HttpResponseMessage> LoginAsync(string name, string password) =>
        Client.PostAsJsonAsync("/api/counsellor/login", new { name, password });

    /// <summary>Logs in and returns the bearer token.</summary>
    public async Task<string> TokenAsync(string name, string password = Password)
    {
        var response = await LoginAsync(name, password);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("accessToken").GetString()!;
    }

    public HttpClient CounsellorClient(string token)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public Task MarkOnlineAsync(string name) => Service<ICounsellorPresence>().MarkOnlineAsync(name, CancellationToken.None);

    public async Task<CounsellorTicket> OpenTicketAsync(string from)
    {
        var open = await Service<ICounsellorQueue>().ListOpenAsync(CancellationToken.None);
        return Assert.Single(open, t => t.Conversation.UserAddressId == from);
    }

    /// <summary>A user-facing escalation text in a culture, formatted.</summary>
    public string Text(string culture, string key, params object[] args)
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return Service<IStringLocalizer<EscalationStrings>>()[key, args].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    public static string Phone(string countryPrefix) => countryPrefix + Random.Shared.Next(1000000, 9999999).ToString(CultureInfo.InvariantCulture);

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        Twilio.Stop();
    }
}
