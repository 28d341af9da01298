using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Helpline.Core.Counselling;
using Helpline.Core.Counselling.Accounts;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Helpline.Server.Tests.Console;

/// <summary>
/// Each counsellor action from the console lands in the audit stream with the counsellor's name and the time:
/// view, claim, reply, transfer, close, reveal-number and note. Notes never reach the user; numbers are masked
/// until revealed; another counsellor can neither open nor take a held ticket.
/// </summary>
public sealed class ConsoleAuditTests : IDisposable
{
    private const string MessagesPath = "/2010-04-01/Accounts/" + ConsoleServerFactory.AccountSid + "/Messages.json";
    private readonly WireMockServer _twilio = WireMockServer.Start();
    private readonly ConsoleServerFactory _factory;

    public ConsoleAuditTests()
    {
        _twilio.Given(Request.Create().WithPath(MessagesPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { sid = "SM" + Guid.NewGuid().ToString("N"), status = "queued" }));
        _factory = new ConsoleServerFactory(_twilio.Url!);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _twilio.Stop();
    }

    private static string Phone() => "+3736" + Random.Shared.Next(1000000, 9999999);

    private string[] SmsBodiesSent() =>
        [.. _twilio.LogEntries.Where(e => e.RequestMessage.Path == MessagesPath)
            .Select(e => System.Web.HttpUtility.ParseQueryString(e.RequestMessage.Body ?? "")["Body"] ?? "")];

    [Fact]
    public async Task EveryConsoleActionIsAuditedWithTheCounsellorsNameAndTime()
    {
        await _factory.AddAccountAsync("ana", CounsellorRoles.Counsellor);
        var phone = Phone();
        var ticket = await _factory.EnqueueSmsTicketAsync(phone);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var browser = _factory.Browser();
        var csrf = await ConsoleServerFactory.SignInAsync(browser, "ana");
        var id = ticket.Id;

        Assert.Equal(HttpStatusCode.OK, (await ConsoleServerFactory.PostAsync(browser, csrf, $"/api/counsellor/tickets/{id}/claim")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/api/console/tickets/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ConsoleServerFactory.PostAsync(browser, csrf, $"/api/console/tickets/{id}/notes", new { text = "Mentions a passport kept by the employer." })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ConsoleServerFactory.PostAsync(browser, csrf, $"/api/console/tickets/{id}/reveal")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ConsoleServerFactory.PostAsync(browser, csrf, $"/api/counsellor/tickets/{id}/messages", new { text = "I am here with you. Are you safe now?" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ConsoleServerFactory.PostAsync(browser, csrf, $"/api/counsellor/tickets/{id}/transfer", new { to = (string?)null })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ConsoleServerFactory.PostAsync(browser, csrf, $"/api/counsellor/tickets/{id}/claim")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ConsoleServerFactory.PostAsync(browser, csrf, $"/api/counsellor/tickets/{id}/close", new { outcome = "advice-given" })).StatusCode);
        var after = DateTimeOffset.UtcNow.AddSeconds(1);

        var audit = await _factory.Services.GetRequiredService<IAuditLog>().ReadTicketAsync(id, CancellationToken.None);
        var byAna = audit.Where(e => e.Actor == "ana").ToList();
        foreach (var action in new[] { AuditAction.View, AuditAction.Claim, AuditAction.Reply, AuditAction.Transfer, AuditAction.Close, AuditAction.RevealNumber, AuditAction.Note })
        {
            var entry = byAna.FirstOrDefault(e => e.Action == action);
            Assert.True(entry is not null, $"no {action.ToCode()} entry by ana; found: {string.Join(", ", audit.Select(e => $"{e.Actor}:{e.Action.ToCode()}"))}");
            Assert.InRange(entry.Time, before, after);
        }
        Assert.All(audit, e => Assert.DoesNotContain(phone, e.Detail ?? ""));
        Assert.All(audit, e => Assert.DoesNotContain("passport", e.Detail ?? "", StringComparison.OrdinalIgnoreCase));

        var sent = SmsBodiesSent();
        Assert.Contains("I am here with you. Are you safe now?", sent);
        Assert.DoesNotContain(sent, b => b.Contains("passport kept", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheNumberIsMaskedInTheViewUntilTheCounsellorRevealsIt()
    {
        await _factory.AddAccountAsync("ana", CounsellorRoles.Counsellor);
        var phone = Phone();
        var ticket = await _factory.EnqueueSmsTicketAsync(phone);
        var browser = _factory.Browser();
        var csrf = await ConsoleServerFactory.SignInAsync(browser, "ana");
        await ConsoleServerFactory.PostAsync(browser, csrf, $"/api/counsellor/tickets/{ticket.Id}/claim");

        var view = await browser.GetStringAsync($"/api/console/tickets/{ticket.Id}");
        Assert.DoesNotContain(phone, view);
        using var json = JsonDocument.Parse(view);
        var masked = json.RootElement.GetProperty("ticket").GetProperty("maskedNumber").GetString();
        Assert.NotNull(masked);
        Assert.EndsWith(phone[^3..], masked);
        Assert.Contains('•', masked);

        var revealed = await (await ConsoleServerFactory.PostAsync(browser, csrf, $"/api/console/tickets/{ticket.Id}/reveal")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(phone, revealed.GetProperty("number").GetString());
    }

    [Fact]
    public async Task ASecondCounsellorCanNeitherOpenNorTakeAHeldTicket()
    {
        await _factory.AddAccountAsync("ana", CounsellorRoles.Counsellor);
        await _factory.AddAccountAsync("bogdan", CounsellorRoles.Counsellor);
        var ticket = await _factory.EnqueueSmsTicketAsync(Phone());
        var ana = _factory.Browser();
        var anaCsrf = await ConsoleServerFactory.SignInAsync(ana, "ana");
        var bogdan = _factory.Browser();
        var bogdanCsrf = await ConsoleServerFactory.SignInAsync(bogdan, "bogdan");

        Assert.Equal(HttpStatusCode.OK, (await ConsoleServerFactory.PostAsync(ana, anaCsrf, $"/api/counsellor/tickets/{ticket.Id}/claim")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await ConsoleServerFactory.PostAsync(bogdan, bogdanCsrf, $"/api/counsellor/tickets/{ticket.Id}/claim")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bogdan.GetAsync($"/api/console/tickets/{ticket.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ConsoleServerFactory.PostAsync(bogdan, bogdanCsrf, $"/api/console/tickets/{ticket.Id}/reveal")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ConsoleServerFactory.PostAsync(bogdan, bogdanCsrf, $"/api/console/tickets/{ticket.Id}/notes", new { text = "x" })).StatusCode);
        var audit = await _factory.Services.GetRequiredService<IAuditLog>().ReadTicketAsync(ticket.Id, CancellationToken.None);
        Assert.DoesNotContain(audit, e => e.Actor == "bogdan" && e.Action is AuditAction.View or AuditAction.RevealNumber or AuditAction.Note);
    }
}
