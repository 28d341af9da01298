using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Helpline.Core.Counselling;
using Helpline.Server.Counselling;
using Helpline.Testing;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Helpline.Server.Tests.Counselling;

/// <summary>The counsellor API's guards (authentication, role, holder), login limits, relay order and the hub.</summary>
[Collection(RedisCollection.Name)]
public sealed class CounsellorApiTests(RedisServer redis) : IDisposable
{
    private readonly CounsellingHarness _h = new(redis, nameof(CounsellorApiTests), services =>
        services.Configure<CounsellingOptions>(o =>
        {
            o.LockoutThreshold = 3;
            o.LoginPermitsPerWindow = 1000;
        }));

    public void Dispose() => _h.Dispose();

    public static TheoryData<string, string> Endpoints() => new()
    {
        { "GET", "/api/counsellor/queue" },
        { "POST", "/api/counsellor/tickets/next/claim" },
        { "POST", "/api/counsellor/tickets/000001/claim" },
        { "POST", "/api/counsellor/tickets/000001/lease" },
        { "GET", "/api/counsellor/tickets/000001" },
        { "POST", "/api/counsellor/tickets/000001/messages" },
        { "POST", "/api/counsellor/tickets/000001/transfer" },
        { "POST", "/api/counsellor/tickets/000001/close" },
        { "GET", "/api/counsellor/counsellors/online" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task EveryEndpointRefusesAnonymousCallers(string method, string path)
    {
        var response = await _h.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task EveryEndpointRefusesAnAccountWithoutTheRole(string method, string path)
    {
        await _h.CreateCounsellorAsync("visitor", role: "viewer");
        var api = _h.CounsellorClient(await _h.TokenAsync("visitor"));
        var response = await api.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ARemovedAccountsTokenIsRefused()
    {
        await _h.CreateCounsellorAsync("gone");
        var api = _h.CounsellorClient(await _h.TokenAsync("gone"));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/counsellor/queue")).StatusCode);
        await _h.Service<Core.Counselling.Accounts.ICounsellorAccounts>().RemoveAsync("gone", default);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/counsellor/queue")).StatusCode);
    }

    [Fact]
    public async Task FailedLoginsLockTheAccountEvenForTheRightPasswordAndAreAudited()
    {
        await _h.CreateCounsellorAsync("maria");
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await _h.LoginAsync("maria", "wrong password " + i)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await _h.LoginAsync("maria", CounsellingHarness.Password)).StatusCode);
        var audit = await _h.Service<IAuditLog>().ReadRecentAsync(20, default);
        Assert.Contains(audit, e => e.Action == AuditAction.LoginLocked && e.Actor == "maria");
        Assert.DoesNotContain(audit, e => e.Action == AuditAction.Login && e.Actor == "maria");
    }

    [Fact]
    public async Task TheRightPasswordLogsInAndUnknownNamesAreRefused()
    {
        await _h.CreateCounsellorAsync("petru");
        Assert.Equal(HttpStatusCode.OK, (await _h.LoginAsync("PETRU", CounsellingHarness.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _h.LoginAsync("nobody", CounsellingHarness.Password)).StatusCode);
    }

    [Fact]
    public async Task OnlyTheHolderMayReplyAndAClaimedTicketCannotBeTakenByAnother()
    {
        await _h.CreateCounsellorAsync("ana");
        await _h.CreateCounsellorAsync("ion", role: "supervisor");
        var from = CounsellingHarness.Phone("+3736");
        await _h.SmsAsync(from, "mi-au luat pașaportul");
        var ticket = await _h.OpenTicketAsync(from);
        var ana = _h.CounsellorClient(await _h.TokenAsync("ana"));
        var ion = _h.CounsellorClient(await _h.TokenAsync("ion"));

        Assert.Equal(HttpStatusCode.Forbidden, (await ana.PostAsJsonAsync($"/api/counsellor/tickets/{ticket.Id}/messages", new { text = "salut" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ana.PostAsync($"/api/counsellor/tickets/{ticket.Id}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await ion.PostAsync($"/api/counsellor/tickets/{ticket.Id}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ion.PostAsJsonAsync($"/api/counsellor/tickets/{ticket.Id}/messages", new { text = "salut" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ion.PostAsync("/api/counsellor/tickets/999999/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ana.PostAsync($"/api/counsellor/tickets/{ticket.Id}/lease", null)).StatusCode);

        // Transfer to the supervisor by name: only they may take it now.
        Assert.Equal(HttpStatusCode.OK, (await ana.PostAsJsonAsync($"/api/counsellor/tickets/{ticket.Id}/transfer", new { to = "ion" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await ana.PostAsync($"/api/counsellor/tickets/{ticket.Id}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ion.PostAsync($"/api/counsellor/tickets/{ticket.Id}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ion.PostAsJsonAsync($"/api/counsellor/tickets/{ticket.Id}/close", new { outcome = "cancelled-by-user" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ion.PostAsJsonAsync($"/api/counsellor/tickets/{ticket.Id}/close", new { outcome = "referred-ngo" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await ion.PostAsJsonAsync($"/api/counsellor/tickets/{ticket.Id}/messages", new { text = "salut" })).StatusCode);
    }

    [Fact]
    public async Task UserMessagesReachTheCounsellorInOrderEachOnce()
    {
        await _h.CreateCounsellorAsync("ana");
        var from = CounsellingHarness.Phone("+3736");
        await _h.SmsAsync(from, "mi-au luat pașaportul");
        var api = _h.CounsellorClient(await _h.TokenAsync("ana"));
        var ticket = await _h.OpenTicketAsync(from);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/counsellor/tickets/{ticket.Id}/claim", null)).StatusCode);

        var sent = Enumerable.Range(1, 5).Select(i => $"mesajul {i}").ToList();
        foreach (var text in sent) Assert.Empty(await _h.SmsAsync(from, text));

        var read = await (await api.GetAsync($"/api/counsellor/tickets/{ticket.Id}")).Content.ReadFromJsonAsync<JsonElement>();
        var users = read.GetProperty("transcript").EnumerateArray()
            .Where(e => e.GetProperty("author").GetString() == "user")
            .Select(e => e.GetProperty("text").GetString()).ToList();
        Assert.Equal(["mi-au luat pașaportul", .. sent], users);
        var sequences = read.GetProperty("transcript").EnumerateArray().Select(e => e.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(sequences.Order().Distinct(), sequences);
    }

    [Fact]
    public async Task TheHubPushesTicketChangesAndUserMessagesToAConnectedConsole()
    {
        await _h.CreateCounsellorAsync("ana");
        var token = await _h.TokenAsync("ana");
        var server = _h.Factory.Server;
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, CounsellorHub.Path.TrimStart('/')), o =>
            {
                o.HttpMessageHandlerFactory = _ => server.CreateHandler();
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
                o.Transports = HttpTransportType.LongPolling;
            })
            .Build();
        var changed = new TaskCompletionSource<TicketChangeMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        var message = new TaskCompletionSource<(string, JsonElement)>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<TicketChangeMessage>(CounsellorHub.TicketChangedEvent, c => { if (c.Kind == "enqueued") changed.TrySetResult(c); });
        hub.On<string, JsonElement>(CounsellorHub.UserMessageEvent, (id, entry) => message.TrySetResult((id, entry)));
        await hub.StartAsync();

        // A connected console counts as online.
        var online = await _h.Service<ICounsellorPresence>().ListOnlineAsync(default);
        for (var i = 0; i < 50 && !online.Contains("ana"); i++)
        {
            await Task.Delay(100);
            online = await _h.Service<ICounsellorPresence>().ListOnlineAsync(default);
        }
        Assert.Contains("ana", online);

        var from = CounsellingHarness.Phone("+3736");
        await _h.SmsAsync(from, "mi-au luat pașaportul");
        var ticket = await _h.OpenTicketAsync(from);

        var change = await changed.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(ticket.Id, change.TicketId);
        var (ticketId, entry) = await message.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(ticket.Id, ticketId);
        Assert.Equal("mi-au luat pașaportul", entry.GetProperty("text").GetString());
    }

    [Fact]
    public async Task TheHubRefusesAConnectionWithoutAToken()
    {
        var server = _h.Factory.Server;
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, CounsellorHub.Path.TrimStart('/')), o =>
            {
                o.HttpMessageHandlerFactory = _ => server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
            })
            .Build();
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => hub.StartAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }
}
