using Helpline.Cli.Commands;

namespace Helpline.Cli;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "counsellor":
                return await CounsellorCommand.RunAsync(args[1..], Console.In, Console.Out, Console.Error,
                    Environment.GetEnvironmentVariable, interactive: !Console.IsInputRedirected, CancellationToken.None);
            default:
                Console.Error.WriteLine("usage: helpline <command>");
                Console.Error.WriteLine("commands: counsellor");
                return 2;
        }
    }
}
