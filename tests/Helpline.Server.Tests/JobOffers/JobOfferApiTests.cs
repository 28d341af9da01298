using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Helpline.Server.JobOffers;
using Helpline.Testing;
using Microsoft.AspNetCore.Hosting;
using WireMock.Server;

namespace Helpline.Server.Tests.JobOffers;

[Collection(RedisCollection.Name)]
public sealed class JobOfferApiTests : IDisposable
{
    private readonly WireMockServer _twilio = WireMockServer.Start();
    private readonly HelplineServerFactory _factory;

    public JobOfferApiTests(RedisServer redis) =>
        _factory = new HelplineServerFactory(redis, _twilio.Url!, RedisServer.UniquePrefix(nameof(JobOfferApiTests)));

    public void Dispose()
    {
        _factory.Dispose();
        _twilio.Stop();
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task ARiskyRomanianOfferIsRatedHighWithItsSignsAndExplainedInRomanian()
    {
        const string offer = "Căutăm fete 16-22 ani pentru dans în Turcia, 3000 euro pe lună, biletul și cazarea gratuite, plecăm mâine. Scrie pe WhatsApp.";
        var response = await _factory.CreateClient().PostAsJsonAsync("/api/job-offers/check", new { text = offer, country = "md" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JobOfferCheckResponse>(Json))!;

        Assert.Equal("high", body.Risk);
        Assert.Equal("ro", body.Language);
        Assert.Equal("ro-MD", body.Culture);
        Assert.Equal("MD", body.Country);
        var minors = Assert.Single(body.Signs, s => s.Code == "minors");
        Assert.Equal(offer.Substring(minors.Start!.Value, minors.Length!.Value), minors.Evidence);
        Assert.Contains("16", minors.Evidence);
        Assert.False(string.IsNullOrWhiteSpace(body.Explanation));
        Assert.NotEmpty(body.Sms);
        Assert.All(body.Sms, m => Assert.True(Core.Sms.SmsSegments.Calculate(m).Segments <= 3));
    }

    [Fact]
    public async Task TheLanguageIsDetectedFromTheText()
    {
        var response = await _factory.CreateClient().PostAsJsonAsync("/api/job-offers/check",
            new { text = "Шукаємо дівчат від 16 років для роботи офіціанткою в Польщі, житло безкоштовне, паспорт залишаєте у нас." });
        var body = (await response.Content.ReadFromJsonAsync<JobOfferCheckResponse>(Json))!;
        Assert.Equal("uk", body.Language);
        Assert.Equal("high", body.Risk);
    }

    [Fact]
    public async Task ALegitimateLocalOfferIsNotHigh()
    {
        var response = await _factory.CreateClient().PostAsJsonAsync("/api/job-offers/check",
            new { text = "SC Panificatie Dorna SRL, str. Mihai Eminescu 12, Suceava, angajează brutar. Contract de muncă pe perioadă nedeterminată, salariu 4500 lei net, vârsta minimă 18 ani.", country = "RO" });
        var body = (await response.Content.ReadFromJsonAsync<JobOfferCheckResponse>(Json))!;
        Assert.NotEqual("high", body.Risk);
    }

    [Theory]
    [InlineData("""{"text":""}""", "required")]
    [InlineData("""{"country":"MD"}""", "required")]
    [InlineData("""{"text":"work in Italy","country":"FR"}""", "country")]
    [InlineData("""{"text":"work in Italy","language":"de"}""", "language")]
    public async Task BadRequestsGetAClearProblem(string json, string word)
    {
        var response = await _factory.CreateClient().PostAsync("/api/job-offers/check", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(word, await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TextOverFiveThousandCharactersIsRefusedWithAClear400()
    {
        var response = await _factory.CreateClient().PostAsJsonAsync("/api/job-offers/check", new { text = new string('a', JobOfferApi.MaxTextLength + 1) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("5000", await response.Content.ReadAsStringAsync());
        var atLimit = await _factory.CreateClient().PostAsJsonAsync("/api/job-offers/check", new { text = new string('a', JobOfferApi.MaxTextLength) });
        Assert.Equal(HttpStatusCode.OK, atLimit.StatusCode);
    }

    [Fact]
    public async Task RequestsAreRateLimited()
    {
        using var limited = _factory.WithWebHostBuilder(b => b.UseSetting("JobOffers:RequestsPerMinute", "3"));
        var client = limited.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/job-offers/check", new { text = "job in Germany" })).StatusCode);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }
}
