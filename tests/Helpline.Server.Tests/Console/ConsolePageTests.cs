using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Helpline.Core.Counselling;
using Helpline.Core.Counselling.Accounts;
using Helpline.Safety.Disclosures;
using Helpline.Safety.JobOffers;
using Helpline.Testing;
using Microsoft.Extensions.DependencyInjection;
using WireMock.Server;

namespace Helpline.Server.Tests.Console;

/// <summary>The console page's security headers, cookies and antiforgery; its strings in four languages; segments, offers, canned replies, supervisor view.</summary>
public sealed partial class ConsolePageTests : IDisposable
{
    private readonly WireMockServer _twilio = WireMockServer.Start();
    private readonly ConsoleServerFactory _factory;

    public ConsolePageTests()
    {
        _factory = new ConsoleServerFactory(_twilio.Url!);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _twilio.Stop();
    }

    [Theory]
    [InlineData("/counsellor/")]
    [InlineData("/counsellor/index.html")]
    public async Task ThePageIsServedWithAStrictContentSecurityPolicy(string path)
    {
        var response = await _factory.Browser().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("style-src 'self'", csp);
        Assert.Contains("connect-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotContain("style=", html);
        Assert.DoesNotMatch(InlineHandler(), html);
    }

    [Fact]
    public async Task TheSignInCookieIsHostPrefixedHttpOnlySecureAndStrict()
    {
        await _factory.AddAccountAsync("ana", CounsellorRoles.Counsellor);
        var browser = _factory.Browser();
        var token = (await browser.GetFromJsonAsync<ConsoleServerFactory.TokenBody>("/api/console/antiforgery"))!.Token;
        var login = new HttpRequestMessage(HttpMethod.Post, "/counsellor/login") { Content = JsonContent.Create(new { name = "ana", password = ConsoleServerFactory.Password }) };
        login.Headers.Add("X-CSRF-TOKEN", token);
        var response = await browser.SendAsync(login);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-helpline-console=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.Contains("secure", cookie);
        Assert.Contains("samesite=strict", cookie);
        Assert.Contains("path=/", cookie);
        Assert.DoesNotContain("domain=", cookie);
    }

    [Fact]
    public async Task ASignInWithoutTheAntiforgeryTokenIsRefused()
    {
        await _factory.AddAccountAsync("ana", CounsellorRoles.Counsellor);
        var response = await _factory.Browser().PostAsJsonAsync("/counsellor/login", new { name = "ana", password = ConsoleServerFactory.Password });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.Contains("helpline-console=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AWrongPasswordIsRefusedAndRepeatedFailuresLockTheAccount()
    {
        await _factory.AddAccountAsync("ana", CounsellorRoles.Counsellor);
        var browser = _factory.Browser();
        var token = (await browser.GetFromJsonAsync<ConsoleServerFactory.TokenBody>("/api/console/antiforgery"))!.Token;
        for (var i = 0; i < 5; i++)
        {
            var wrong = new HttpRequestMessage(HttpMethod.Post, "/counsellor/login") { Content = JsonContent.Create(new { name = "ana", password = "not the password at all" }) };
            wrong.Headers.Add("X-CSRF-TOKEN", token);
            Assert.Equal(HttpStatusCode.Unauthorized, (await browser.SendAsync(wrong)).StatusCode);
        }
        var right = new HttpRequestMessage(HttpMethod.Post, "/counsellor/login") { Content = JsonContent.Create(new { name = "ana", password = ConsoleServerFactory.Password }) };
        right.Headers.Add("X-CSRF-TOKEN", token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.SendAsync(right)).StatusCode);
        var audit = await _factory.Services.GetRequiredService<IAuditLog>().ReadRecentAsync(50, CancellationToken.None);
        Assert.Contains(audit, e => e.Actor == "ana" && e.Action == AuditAction.LoginLocked);
    }

    [Fact]
    public async Task ACookiePostWithoutTheAntiforgeryTokenIsRefusedButABearerPostNeedsNone()
    {
        await _factory.AddAccountAsync("ana", CounsellorRoles.Counsellor);
        var browser = _factory.Browser();
        await ConsoleServerFactory.SignInAsync(browser, "ana");
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.PostAsJsonAsync("/api/console/segments", new { text = "hello" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.PostAsJsonAsync("/api/counsellor/tickets/next/claim", new { })).StatusCode);

        var client = _factory.Browser();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/console/segments") { Content = JsonContent.Create(new { text = "hello" }) };
        request.Headers.Authorization = new("Bearer", _factory.BearerToken("ana", CounsellorRoles.Counsellor));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
    }

    public static TheoryData<string> ConsoleCultures() => ["en", "ro", "sq", "uk"];

    [Theory]
    [MemberData(nameof(ConsoleCultures))]
    public async Task EveryTextThePageNamesExistsInEachConsoleLanguage(string culture)
    {
        var body = await _factory.Browser().GetFromJsonAsync<JsonElement>($"/api/console/strings?culture={culture}");
        Assert.Equal(culture, body.GetProperty("culture").GetString());
        var strings = body.GetProperty("strings");
        var keys = PageKeys();
        Assert.True(keys.Count > 40, $"only {keys.Count} keys found in the page");
        var missing = keys.Where(k => !strings.TryGetProperty(k, out var v) || string.IsNullOrWhiteSpace(v.GetString())).ToList();
        Assert.True(missing.Count == 0, "Missing: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(ConsoleCultures))]
    public async Task EverySafetyCategoryAndJobOfferSignHasALabelInEachConsoleLanguage(string culture)
    {
        var strings = (await _factory.Browser().GetFromJsonAsync<JsonElement>($"/api/console/strings?culture={culture}")).GetProperty("strings");
        var keys = DisclosureCategories.All.Select(c => "Category." + c.Code())
            .Concat(JobOfferSigns.All.Select(s => "Sign." + s.Code))
            .ToList();
        Assert.True(keys.Count > 30);
        var missing = keys.Where(k => !strings.TryGetProperty(k, out _)).ToList();
        Assert.True(missing.Count == 0, "No label: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task AUserLanguageTheConsoleDoesNotSpeakFallsBackToEnglish()
    {
        var body = await _factory.Browser().GetFromJsonAsync<JsonElement>("/api/console/strings?culture=ru");
        Assert.Equal("en", body.GetProperty("culture").GetString());
    }

    [Theory]
    [InlineData("Hello, are you safe?", 1, "gsm7", false)]
    [InlineData(161, 2, "gsm7", false)]
    [InlineData(307, 3, "gsm7", true)]
    [InlineData("Привіт, ти зараз у безпеці?", 1, "ucs2", false)]
    public async Task TheSegmentCounterMatchesTheServersSmsRules(object text, int segments, string encoding, bool warn)
    {
        await _factory.AddAccountAsync("ana", CounsellorRoles.Counsellor);
        var browser = _factory.Browser();
        var csrf = await ConsoleServerFactory.SignInAsync(browser, "ana");
        var body = text is int length ? new string('a', length) : (string)text;
        var result = await (await ConsoleServerFactory.PostAsync(browser, csrf, "/api/console/segments", new { text = body })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(segments, result.GetProperty("segments").GetInt32());
        Assert.Equal(encoding, result.GetProperty("encoding").GetString());
        Assert.Equal(warn, result.GetProperty("warn").GetBoolean());
    }

    [Fact]
    public async Task TheViewHighlightsTheSignsOfAJobOfferInsideTheUsersMessage()
    {
        await _factory.AddAccountAsync("ana", CounsellorRoles.Counsellor);
        var ticket = await _factory.EnqueueSmsTicketAsync("+37369000111", "en", "MD");
        const string offer = "Job in Germany for girls 16-25, salary 4000 euro per month, no experience needed, " +
                             "we pay the ticket and you pay back later, they keep your passport, write only on WhatsApp";
        var conversation = (await _factory.Services.GetRequiredService<ICounsellorQueue>().GetAsync(ticket.Id, CancellationToken.None))!.Conversation;
        var entry = await _factory.Services.GetRequiredService<ITranscriptStore>().AppendAsync(conversation, TranscriptAuthor.User, offer, null, CancellationToken.None);
        var browser = _factory.Browser();
        var csrf = await ConsoleServerFactory.SignInAsync(browser, "ana");
        await ConsoleServerFactory.PostAsync(browser, csrf, $"/api/counsellor/tickets/{ticket.Id}/claim");

        var view = await browser.GetFromJsonAsync<JsonElement>($"/api/console/tickets/{ticket.Id}");
        var check = view.GetProperty("offers").EnumerateArray().Single(o => o.GetProperty("sequence").GetInt64() == entry.Sequence);
        Assert.Equal("high", check.GetProperty("risk").GetString());
        var spans = check.GetProperty("signs").EnumerateArray()
            .Where(s => s.GetProperty("start").ValueKind == JsonValueKind.Number)
            .Select(s => (Code: s.GetProperty("code").GetString()!, Start: s.GetProperty("start").GetInt32(), Length: s.GetProperty("length").GetInt32()))
            .ToList();
        Assert.NotEmpty(spans);
        Assert.All(spans, s => Assert.InRange(s.Start + s.Length, 1, offer.Length));
        Assert.Contains(spans, s => offer.Substring(s.Start, s.Length).Contains("16", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CannedRepliesAreInTheUsersLanguageWithTheNumbersOfTheirCountry()
    {
        await _factory.AddAccountAsync("ana", CounsellorRoles.Counsellor);
        var ticket = await _factory.EnqueueSmsTicketAsync("+37369000222", "ro-MD", "MD");
        var browser = _factory.Browser();
        var csrf = await ConsoleServerFactory.SignInAsync(browser, "ana");
        await ConsoleServerFactory.PostAsync(browser, csrf, $"/api/counsellor/tickets/{ticket.Id}/claim");
        var view = await browser.GetFromJsonAsync<JsonElement>($"/api/console/tickets/{ticket.Id}");
        var replies = view.GetProperty("cannedReplies").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!, r => r.GetProperty("text").GetString()!);
        Assert.Equal(["Canned.Greeting", "Canned.SafeNow", "Canned.Numbers"], replies.Keys.ToArray());
        Assert.Contains("siguranță", replies["Canned.SafeNow"], StringComparison.Ordinal);
        Assert.Contains("112", replies["Canned.Numbers"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSupervisorViewFlagsTicketsWaitingLongerThanTheConfiguredThreshold()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        using var factory = new ConsoleServerFactory(_twilio.Url!).WithClock(clock);
        await factory.AddAccountAsync("sara", CounsellorRoles.Supervisor);
        var old = await factory.EnqueueSmsTicketAsync("+37369000333");
        clock.Advance(TimeSpan.FromMinutes(8));
        var fresh = await factory.EnqueueSmsTicketAsync("+37369000444");
        var browser = factory.Browser();
        await ConsoleServerFactory.SignInAsync(browser, "sara");
        var overview = await browser.GetFromJsonAsync<JsonElement>("/api/console/supervisor");
        Assert.Equal(7, overview.GetProperty("waitingAlertMinutes").GetInt32());
        var flags = overview.GetProperty("tickets").EnumerateArray()
            .ToDictionary(t => t.GetProperty("ticket").GetProperty("id").GetString()!, t => t.GetProperty("overThreshold").GetBoolean());
        Assert.True(flags[old.Id]);
        Assert.False(flags[fresh.Id]);
    }

    private static HashSet<string> PageKeys()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Helpline.sln"))) root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("no Helpline.sln above the test");
        var dir = Path.Combine(root, "src", "Helpline.Server", "wwwroot", "counsellor");
        var html = File.ReadAllText(Path.Combine(dir, "index.html"));
        var js = File.ReadAllText(Path.Combine(dir, "console.js"));
        var keys = DataKey().Matches(html).Select(m => m.Groups[1].Value)
            .Concat(ScriptKey().Matches(js).Select(m => m.Groups[1].Value))
            .Where(k => !k.EndsWith('.')) // prefixes such as t('Priority.' + code): their keys are listed below
            .ToHashSet(StringComparer.Ordinal);
        foreach (var prefix in new[] { "Priority.P1", "Priority.P2", "Priority.P3", "Channel.sms", "Channel.directline", "Country.AL", "Country.MD", "Country.RO", "Country.UA",
                     "Language.sq", "Language.ro", "Language.ro-MD", "Language.uk", "Language.ru", "Language.en", "Offer.Risk.low", "Offer.Risk.medium", "Offer.Risk.high",
                     "Status.Waiting", "Status.Claimed", "Canned.Greeting", "Canned.SafeNow", "Canned.Numbers" })
        {
            keys.Add(prefix);
        }
        return keys;
    }

    [GeneratedRegex("data-(?:text|label)=\"([A-Za-z0-9.\\-]+)\"")]
    private static partial Regex DataKey();

    [GeneratedRegex("\\bt\\('([A-Za-z0-9.\\-]+)'")]
    private static partial Regex ScriptKey();

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("<[^>]+\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}
