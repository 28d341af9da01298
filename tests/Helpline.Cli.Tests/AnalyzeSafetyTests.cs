using System.Text.Json;
using Helpline.Cli;
using Helpline.Safety.Disclosures;
using Helpline.Safety.JobOffers;
using Helpline.Safety.Language;

namespace Helpline.Cli.Tests;

/// <summary>The <c>safety</c> object that <c>helpline analyze</c> writes on every report line.</summary>
public class AnalyzeSafetyTests
{
    private static readonly AnalyzeCommand Command =
        new(JobOfferAnalyzer.CreateDefault(), new LanguageIdentifier(), DisclosureScreen.CreateDefault());

    private static JsonElement Safety(string inputLine) =>
        JsonDocument.Parse(Command.AnalyzeLine(inputLine)).RootElement.GetProperty("safety").Clone();

    [Fact]
    public void ADisclosureEscalatesWithItsPriorityAndCategories()
    {
        var safety = Safety("{\"id\":1,\"text\":\"they took my passport and dont pay us\"}");
        Assert.True(safety.GetProperty("escalate").GetBoolean());
        Assert.Equal("P2", safety.GetProperty("priority").GetString());
        Assert.Equal(["documents-taken", "forced-work"], safety.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public void SelfHarmInLatinTypedUkrainianIsP1()
    {
        var safety = Safety("{\"text\":\"ne hochu zhyty\"}");
        Assert.True(safety.GetProperty("escalate").GetBoolean());
        Assert.Equal("P1", safety.GetProperty("priority").GetString());
        Assert.Equal(["self-harm"], safety.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public void AnOrdinaryQuestionHasNoPriorityAndNoCategories()
    {
        var safety = Safety("{\"text\":\"how do I renew my passport\",\"language\":\"en\"}");
        Assert.False(safety.GetProperty("escalate").GetBoolean());
        Assert.Equal(JsonValueKind.Null, safety.GetProperty("priority").ValueKind);
        Assert.Empty(safety.GetProperty("categories").EnumerateArray());
    }

    [Fact]
    public void EveryReportLineCarriesSafetyBesideTheJobOfferAndErrorLinesDoNot()
    {
        const string input =
            "{\"id\":1,\"text\":\"Căutăm fete 16-22 ani pentru dans în Turcia, pașaportul rămâne la noi\",\"country\":\"MD\"}\n" +
            "{\"id\":2,\"text\":\"nimeni nu mi-a luat pașaportul, întreb pentru o prietenă\"}\n" +
            "{broken\n" +
            "{\"id\":4,\"text\":\"mă bate acum, ajutor\"}\n";
        var output = new StringWriter();
        Assert.Equal(0, Command.Run(new StringReader(input), output));
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, lines.Count);
        Assert.False(lines[0].GetProperty("safety").GetProperty("escalate").GetBoolean());
        Assert.Equal("high", lines[0].GetProperty("jobOffer").GetProperty("risk").GetString());
        Assert.False(lines[1].GetProperty("safety").GetProperty("escalate").GetBoolean());
        Assert.False(lines[2].TryGetProperty("safety", out _));
        Assert.True(lines[2].TryGetProperty("error", out _));
        Assert.Equal("P1", lines[3].GetProperty("safety").GetProperty("priority").GetString());
    }
}
