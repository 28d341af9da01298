using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using Helpline.Core.Counselling.Accounts;
using Helpline.Server.Console;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using WireMock.Server;

namespace Helpline.Server.Tests.Console;

/// <summary>
/// Every endpoint of the counsellor API, the console API, the console sign-in and the counsellor hub refuses an
/// anonymous caller (401) and a caller whose role is not a counsellor role (403); supervisor endpoints refuse a
/// counsellor. The endpoints are read from the app's endpoint data sources, so a new endpoint without
/// authorization fails here without any change to this test.
/// </summary>
public sealed class ConsoleAuthorizationTests : IDisposable
{
    /// <summary>Route prefixes that belong to counsellors.</summary>
    private static readonly string[] CounsellorSurfaces = ["/api/counsellor", "/api/console", "/counsellor", "/hubs/counsellor"];

    /// <summary>The only endpoints a signed-out visitor may call: the two logins, the page's strings and a token for the sign-in form.</summary>
    private static readonly HashSet<string> Public = new(StringComparer.Ordinal)
    {
        "POST /api/counsellor/login",
        "POST /counsellor/login",
        "GET /api/console/strings",
        "GET /api/console/antiforgery",
    };

    private readonly WireMockServer _twilio = WireMockServer.Start();
    private readonly ConsoleServerFactory _factory;

    public ConsoleAuthorizationTests()
    {
        _factory = new ConsoleServerFactory(_twilio.Url!);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _twilio.Stop();
    }

    private sealed record Surface(string Method, string Route, RouteEndpoint Endpoint)
    {
        public string Key => $"{Method} {Route}";

        public string Url => Route.Replace("{id}", "000001", StringComparison.Ordinal);

        public bool IsSupervisorOnly => Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == ConsolePolicies.Supervisor);
    }

    private List<Surface> Surfaces()
    {
        _ = _factory.Services; // builds the host and its endpoints
        var endpoints = _factory.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>();
        var surfaces = new List<Surface>();
        foreach (var endpoint in endpoints)
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            route = route.Length > 1 ? route.TrimEnd('/') : route;
            if (!CounsellorSurfaces.Any(s => route == s || route.StartsWith(s + "/", StringComparison.Ordinal))) continue;
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            surfaces.AddRange(methods.Select(m => new Surface(m, route, endpoint)));
        }
        return surfaces;
    }

    private List<Surface> Protected() => [.. Surfaces().Where(s => !Public.Contains(s.Key))];

    [Fact]
    public void TheSurfaceIsFoundAndCoversTheApiTheConsoleAndTheHub()
    {
        var keys = Surfaces().Select(s => s.Key).ToHashSet();
        Assert.Contains("GET /api/counsellor/queue", keys);
        Assert.Contains("POST /api/counsellor/tickets/{id}/close", keys);
        Assert.Contains("GET /api/console/tickets/{id}", keys);
        Assert.Contains("GET /api/console/supervisor", keys);
        Assert.Contains("POST /hubs/counsellor/negotiate", keys);
        Assert.True(Protected().Count >= 15, $"only {Protected().Count} protected endpoints found");
    }

    [Fact]
    public void EveryEndpointRequiresAuthorizationUnlessItIsOnThePublicList()
    {
        var problems = new List<string>();
        foreach (var surface in Surfaces())
        {
            var anonymous = surface.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var authorized = surface.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any();
            if (Public.Contains(surface.Key))
            {
                if (!anonymous) problems.Add($"{surface.Key} is on the public list but not marked AllowAnonymous");
            }
            else if (anonymous || !authorized)
            {
                problems.Add($"{surface.Key} has no authorization (anonymous: {anonymous})");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task EveryProtectedEndpointRefusesAnAnonymousCaller()
    {
        var client = _factory.Browser();
        var problems = new List<string>();
        foreach (var surface in Protected())
        {
            var response = await client.SendAsync(Request(surface));
            if (response.StatusCode != HttpStatusCode.Unauthorized) problems.Add($"{surface.Key}: {(int)response.StatusCode}");
        }
        Assert.True(problems.Count == 0, "Not 401 for an anonymous caller:\n" + string.Join("\n", problems));
    }

    [Fact]
    public async Task EveryProtectedEndpointRefusesARoleThatIsNotACounsellorRole()
    {
        var client = _factory.Browser();
        var token = _factory.BearerToken("visitor", "viewer");
        var problems = new List<string>();
        foreach (var surface in Protected())
        {
            var request = Request(surface);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var response = await client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Forbidden) problems.Add($"{surface.Key}: {(int)response.StatusCode}");
        }
        Assert.True(problems.Count == 0, "Not 403 for a wrong role:\n" + string.Join("\n", problems));
    }

    [Fact]
    public async Task SupervisorEndpointsRefuseACounsellorByTokenAndByCookie()
    {
        await _factory.AddAccountAsync("ana", CounsellorRoles.Counsellor);
        var supervisorOnly = Protected().Where(s => s.IsSupervisorOnly).ToList();
        Assert.NotEmpty(supervisorOnly);

        var client = _factory.Browser();
        var token = _factory.BearerToken("ana", CounsellorRoles.Counsellor);
        var browser = _factory.Browser();
        var csrf = await ConsoleServerFactory.SignInAsync(browser, "ana");
        foreach (var surface in supervisorOnly)
        {
            var request = Request(surface);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(request)).StatusCode);
            var cookieRequest = Request(surface);
            cookieRequest.Headers.Add("X-CSRF-TOKEN", csrf);
            Assert.Equal(HttpStatusCode.Forbidden, (await browser.SendAsync(cookieRequest)).StatusCode);
        }
    }

    [Fact]
    public async Task ASupervisorReachesTheSupervisorViewAndACounsellorTheConsole()
    {
        await _factory.AddAccountAsync("sara", CounsellorRoles.Supervisor);
        await _factory.AddAccountAsync("ana", CounsellorRoles.Counsellor);
        var supervisor = _factory.Browser();
        await ConsoleServerFactory.SignInAsync(supervisor, "sara");
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync("/api/console/supervisor")).StatusCode);
        var counsellor = _factory.Browser();
        await ConsoleServerFactory.SignInAsync(counsellor, "ana");
        Assert.Equal(HttpStatusCode.OK, (await counsellor.GetAsync("/api/counsellor/queue")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await counsellor.GetAsync("/api/console/session")).StatusCode);
    }

    [Fact]
    public async Task ARemovedAccountLosesItsCookieAndItsTokenAtOnce()
    {
        await _factory.AddAccountAsync("ana", CounsellorRoles.Counsellor);
        var browser = _factory.Browser();
        await ConsoleServerFactory.SignInAsync(browser, "ana");
        var token = _factory.BearerToken("ana", CounsellorRoles.Counsellor);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/console/session")).StatusCode);

        await _factory.Services.GetRequiredService<ICounsellorAccounts>().RemoveAsync("ana", CancellationToken.None);

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/console/session")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/counsellor/queue")).StatusCode);
        var bearer = new HttpRequestMessage(HttpMethod.Get, "/api/console/session");
        bearer.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _factory.Browser().SendAsync(bearer)).StatusCode);
    }

    [Fact]
    public async Task ACookieIssuedForOneRoleStopsWorkingWhenTheRoleChanges()
    {
        await _factory.AddAccountAsync("sara", CounsellorRoles.Supervisor);
        var browser = _factory.Browser();
        await ConsoleServerFactory.SignInAsync(browser, "sara");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/console/supervisor")).StatusCode);
        var accounts = _factory.Services.GetRequiredService<ICounsellorAccounts>();
        await accounts.RemoveAsync("sara", CancellationToken.None);
        await _factory.AddAccountAsync("sara", CounsellorRoles.Counsellor);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/console/supervisor")).StatusCode);
    }

    [Fact]
    public async Task TheHubRefusesAnAnonymousCallerAndAWrongRoleAndAdmitsACounsellor()
    {
        await _factory.AddAccountAsync("ana", CounsellorRoles.Counsellor);
        var client = _factory.Browser();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/hubs/counsellor/negotiate?negotiateVersion=1", null)).StatusCode);
        var viewer = _factory.BearerToken("visitor", "viewer");
        Assert.Equal(HttpStatusCode.Forbidden,
            (await client.PostAsync($"/hubs/counsellor/negotiate?negotiateVersion=1&access_token={Uri.EscapeDataString(viewer)}", null)).StatusCode);
        var counsellor = _factory.BearerToken("ana", CounsellorRoles.Counsellor);
        Assert.Equal(HttpStatusCode.OK,
            (await client.PostAsync($"/hubs/counsellor/negotiate?negotiateVersion=1&access_token={Uri.EscapeDataString(counsellor)}", null)).StatusCode);
    }

    [Fact]
    public void EveryHubMethodIsCoveredByACounsellorPolicy()
    {
        var hubs = typeof(ConsoleApi).Assembly.GetTypes().Where(t => typeof(Hub).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        Assert.NotEmpty(hubs);
        var problems = new List<string>();
        foreach (var hub in hubs)
        {
            var classPolicies = hub.GetCustomAttributes<AuthorizeAttribute>(inherit: true).ToList();
            var methods = hub.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName);
            foreach (var method in methods)
            {
                if (method.GetCustomAttribute<AllowAnonymousAttribute>() is not null) problems.Add($"{hub.Name}.{method.Name} allows anonymous callers");
                var policies = classPolicies.Concat(method.GetCustomAttributes<AuthorizeAttribute>()).ToList();
                if (!policies.Any(p => p.Policy is ConsolePolicies.Counsellor or ConsolePolicies.Supervisor)) problems.Add($"{hub.Name}.{method.Name} has no counsellor policy");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static HttpRequestMessage Request(Surface surface)
    {
        var request = new HttpRequestMessage(new HttpMethod(surface.Method), surface.Url);
        if (surface.Method != "GET") request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        return request;
    }
}
