using BenchmarkDotNet.Attributes;
using Helpline.Safety.Disclosures;

namespace Benchmarks;

/// <summary>
/// The disclosure screen runs on every inbound message, so its cost per message matters: an ordinary
/// SMS, a disclosure with negation cues around it, and a long web-chat message (1,600 characters).
/// </summary>
[MemoryDiagnoser]
public class DisclosureScreenBenchmarks
{
    private DisclosureScreen _screen = null!;
    private string _long = null!;

    [GlobalSetup]
    public void Setup()
    {
        _screen = new DisclosureScreen();
        var sentence = "Buna ziua, vreau sa lucrez in Italia la o fabrica, cat costa viza si ce acte trebuie? ";
        _long = string.Concat(Enumerable.Repeat(sentence, 1600 / sentence.Length + 1))[..1600];
    }

    [Benchmark(Baseline = true)]
    public DisclosureResult OrdinarySms() => _screen.Screen("salut, am nevoie de viza pentru Anglia?");

    [Benchmark]
    public DisclosureResult DisclosureSms() => _screen.Screen("nimeni nu m-a ajutat, patronul mi-a luat pașaportul si nu ne platesc");

    [Benchmark]
    public DisclosureResult CyrillicSms() => _screen.Screen("у мене забрали паспорт і не випускають з дому");

    [Benchmark]
    public DisclosureResult LongMessage() => _screen.Screen(_long);

    [Benchmark]
    public DisclosureScreen BuildScreen() => new();
}
