using BenchmarkDotNet.Attributes;
using Helpline.Safety.Language;

namespace Benchmarks.Language;

/// <summary>
/// The language identifier runs on every message: the target is well under 50 µs for a 300-character
/// text. Run with: dotnet run -c Release --project tests/Benchmarks -- --filter *LanguageIdentifier*
/// </summary>
[MemoryDiagnoser]
public class LanguageIdentifierBenchmarks
{
    private LanguageIdentifier _identifier = null!;

    [Params(
        "short-latin",
        "300-latin",
        "300-cyrillic",
        "300-transliterated")]
    public string Case { get; set; } = "";

    private string _text = "";

    [GlobalSetup]
    public void Setup()
    {
        _identifier = new LanguageIdentifier();
        _text = Case switch
        {
            "short-latin" => "buna ziua",
            "300-latin" => Repeat("Mi-au oferit un loc de munca in Italia, zic ca platesc biletul si cazarea, dar nu am contract. "),
            "300-cyrillic" => Repeat("Мені запропонували роботу в Польщі, кажуть, що оплатять квиток і житло, але договору немає. "),
            "300-transliterated" => Repeat("Meni zaproponuvaly robotu v Polshchi, kazhut shcho oplatyat kvytok i zhytlo, ale dohovoru nemaye. "),
            _ => throw new ArgumentOutOfRangeException(nameof(Case)),
        };
    }

    [Benchmark]
    public string? Identify() => _identifier.Identify(_text).Language;

    private static string Repeat(string sentence) =>
        string.Concat(Enumerable.Repeat(sentence, 300 / sentence.Length + 1))[..300];
}

/// <summary>How long training at construction takes (once per process).</summary>
[MemoryDiagnoser]
public class LanguageIdentifierTrainingBenchmarks
{
    [Benchmark]
    public LanguageIdentifier Train() => new();
}
