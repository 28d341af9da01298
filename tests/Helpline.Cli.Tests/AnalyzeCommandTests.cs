using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Helpline.Cli;
using Helpline.Core.Languages;
using Helpline.Safety.JobOffers;
using Helpline.Safety.Language;

namespace Helpline.Cli.Tests;

public class AnalyzeCommandTests
{
    private static readonly JobOfferAnalyzer Analyzer = JobOfferAnalyzer.CreateDefault();

    /// <summary>An identifier that always answers the same, to tell the given language from the guessed one.</summary>
    private sealed class FixedIdentifier(string? language) : ILanguageIdentifier
    {
        public int Calls { get; private set; }

        public LanguageGuess Identify(string text)
        {
            Calls++;
            return new LanguageGuess(language, language is null ? 0 : 0.9);
        }
    }

    private static List<JsonElement> Run(string input, ILanguageIdentifier identifier)
    {
        var output = new StringWriter();
        Assert.Equal(0, new AnalyzeCommand(Analyzer, identifier).Run(new StringReader(input), output));
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    [Fact]
    public void EachLineGetsItsReportWithIdLanguageRiskAndEvidence()
    {
        var lines = Run("{\"id\":7,\"text\":\"Căutăm fete 16-22 ani pentru dans în Turcia\",\"country\":\"MD\"}\n", new FixedIdentifier("ro"));
        var line = Assert.Single(lines);
        Assert.Equal(7, line.GetProperty("id").GetInt32());
        Assert.Equal("ro-MD", line.GetProperty("language").GetString());
        var offer = line.GetProperty("jobOffer");
        Assert.Equal("high", offer.GetProperty("risk").GetString());
        Assert.True(offer.GetProperty("score").GetInt32() >= 10);
        var minors = offer.GetProperty("signs").EnumerateArray().First(s => s.GetProperty("code").GetString() == "minors");
        Assert.Equal("16-22 ani", minors.GetProperty("evidence").GetString());
    }

    [Fact]
    public void AGivenLanguageWinsOverTheIdentifier()
    {
        var identifier = new FixedIdentifier("uk");
        var lines = Run("{\"id\":\"a\",\"text\":\"Lucru în Italia\",\"language\":\"RO\"}\n{\"id\":\"b\",\"text\":\"Lucru în Italia\"}\n", identifier);
        Assert.Equal("ro", lines[0].GetProperty("language").GetString());
        Assert.Equal("uk", lines[1].GetProperty("language").GetString());
        Assert.Equal(1, identifier.Calls);
    }

    [Fact]
    public void BadLinesGetAnErrorOnTheirOwnLineAndTheRestGoesOn()
    {
        const string input =
            "not json\n" +
            "{\"id\":2}\n" +
            "\n" +
            "[1,2]\n" +
            "{\"id\":5,\"text\":\"x\",\"country\":\"FR\"}\n" +
            "{\"id\":6,\"text\":\"x\",\"language\":\"de\"}\n" +
            "{\"id\":7,\"text\":42}\n" +
            "{\"id\":8,\"text\":\"Pașaportul rămâne la patron\"}\n";
        var lines = Run(input, new FixedIdentifier(null));
        Assert.Equal(8, lines.Count);
        Assert.All(lines.Take(7), l => Assert.True(l.TryGetProperty("error", out _)));
        Assert.Equal(2, lines[1].GetProperty("id").GetInt32());
        Assert.Equal(JsonValueKind.Null, lines[0].GetProperty("id").ValueKind);
        Assert.Equal("high", lines[7].GetProperty("jobOffer").GetProperty("risk").GetString());
        Assert.Equal(JsonValueKind.Null, lines[7].GetProperty("language").ValueKind);
    }

    [Fact]
    public void TheCommandUsesTheTrainedLanguageIdentifier()
    {
        var command = new AnalyzeCommand(Analyzer, new LanguageIdentifier());
        Assert.Equal(typeof(LanguageIdentifier).FullName, command.IdentifierName);
        var line = JsonDocument.Parse(command.AnalyzeLine("{\"text\":\"Шукаємо дівчат від 16 років для роботи в Польщі\"}")).RootElement;
        Assert.Equal("uk", line.GetProperty("language").GetString());
    }

    [Fact]
    public void TheExecutableAnswersPipedInputLineByLine()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "helpline.dll");
        Assert.True(File.Exists(dll), dll);
        var start = new ProcessStartInfo("dotnet", [dll, "analyze"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start)!;
        process.StandardInput.WriteLine("{\"id\":1,\"text\":\"Ищем девушек от 16 лет, работа в Турции, паспорт остается у работодателя\",\"country\":\"UA\"}");
        process.StandardInput.WriteLine("{broken");
        process.StandardInput.WriteLine("{\"id\":3,\"text\":\"Angajăm ospătari în București, contract, Casa Verde SRL, str. Lipscani 25\",\"country\":\"RO\",\"language\":\"ro\"}");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(process.WaitForExit(60_000));
        Assert.Equal(0, process.ExitCode);
        Assert.Equal(3, output.Length);
        var first = JsonDocument.Parse(output[0]).RootElement;
        Assert.Equal("ru", first.GetProperty("language").GetString());
        Assert.Equal("high", first.GetProperty("jobOffer").GetProperty("risk").GetString());
        Assert.Contains("от 16 лет", output[0]);
        Assert.True(JsonDocument.Parse(output[1]).RootElement.TryGetProperty("error", out _));
        Assert.Equal("low", JsonDocument.Parse(output[2]).RootElement.GetProperty("jobOffer").GetProperty("risk").GetString());
    }
}
