namespace Helpline.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("usage: helpline <command>");
        return 2;
    }
}
