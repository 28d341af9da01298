using System.Text;
using Helpline.Cli.Commands;
using Helpline.Safety.JobOffers;
using Helpline.Safety.Language;

namespace Helpline.Cli;

public static class Program
{
    private const string Usage =
        "usage: helpline analyze < offers.jsonl > results.jsonl\n" +
        "  reads one JSON object per line: {\"id\":..., \"text\":\"...\", \"country\":\"AL|MD|RO|UA\", \"language\":\"sq|ro|ro-MD|uk|ru|en\"}\n" +
        "  writes one JSON object per line: {\"id\":..., \"language\":\"..\", \"safety\":{\"escalate\":true|false,\"priority\":\"P1|P2|P3\"|null,\"categories\":[..]}, \"jobOffer\":{\"risk\":\"low|medium|high\",\"score\":n,\"signs\":[{\"code\":\"..\",\"evidence\":\"..\"}]}}\n" +
        "       helpline counsellor add|remove|list ...   (helpline counsellor for details)";

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.Error.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        switch (args[0])
        {
            case "analyze":
            {
                Console.InputEncoding = Encoding.UTF8;
                var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
                var input = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);
                var command = new AnalyzeCommand(JobOfferAnalyzer.CreateDefault(), new LanguageIdentifier());
                var code = command.Run(input, output);
                output.Flush();
                return code;
            }
            case "counsellor":
                return await CounsellorCommand.RunAsync(args[1..], Console.In, Console.Out, Console.Error,
                    Environment.GetEnvironmentVariable, interactive: !Console.IsInputRedirected, CancellationToken.None);
            default:
                Console.Error.WriteLine($"unknown command '{args[0]}'\n{Usage}");
                return 2;
        }
    }
}
