using Helpline.Core.Counselling;
using Helpline.Server.Counselling;
using Helpline.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Helpline.Server.Tests.Counselling;

/// <summary>Outside the configured opening hours the user is told honestly, and the ticket waits.</summary>
[Collection(RedisCollection.Name)]
public sealed class OutsideOpeningHoursTests(RedisServer redis) : IDisposable
{
    private readonly CounsellingHarness _h = new(redis, nameof(OutsideOpeningHoursTests), services =>
        services.Configure<CounsellingOptions>(o =>
        {
            // Open only on a day that is not today.
            o.OpeningHours.TimeZone = "UTC";
            o.OpeningHours.Days = new(StringComparer.OrdinalIgnoreCase) { [DateTime.UtcNow.AddDays(3).DayOfWeek.ToString()] = "09:00-17:00" };
        }));

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task TheUserIsToldCounsellorsAreNotAtWorkAndGivenTheNumbers()
    {
        await _h.MarkOnlineAsync("ana");
        var from = CounsellingHarness.Phone("+3736");
        var replies = await _h.SmsAsync(from, "mi-au luat pașaportul");
        Assert.Equal(_h.Text("ro", "OutsideHours.Sms", "RENUNȚ"), replies[0]);
        Assert.Contains("116 111", string.Join("\n", replies[1..]));
        Assert.Equal(TicketStatus.Waiting, (await _h.OpenTicketAsync(from)).Status);
    }
}
