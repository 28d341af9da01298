using System.Reflection;

namespace Helpline.Locales;

/// <summary>Opens the data files embedded from <c>locales/</c> (lexicons, directory, keywords) by their path.</summary>
public static class LocaleResources
{
    private static readonly Assembly Assembly = typeof(LocaleResources).Assembly;

    /// <summary>Every embedded data file whose path starts with <paramref name="folder"/> (e.g. "lexicons/ro/").</summary>
    public static IEnumerable<string> List(string folder) =>
        Assembly.GetManifestResourceNames().Where(n => n.StartsWith(folder, StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    public static Stream Open(string path) =>
        Assembly.GetManifestResourceStream(path) ?? throw new FileNotFoundException($"No embedded locale resource '{path}'.", path);

    public static string ReadText(string path)
    {
        using var reader = new StreamReader(Open(path));
        return reader.ReadToEnd();
    }
}
