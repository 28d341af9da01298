namespace Helpline.Dialogs.Tests.Locales;

/// <summary>Finds the repository's <c>locales/</c> folder (walking up to Helpline.sln) and reads every resx family on disk.</summary>
public static class LocalesRepository
{
    public static string Root { get; } = FindRoot();

    public static string LocalesFolder => Path.Combine(Root, "locales");

    /// <summary>Every resx family on disk: family name -> files (neutral and cultures).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<ResxFile>> Families() =>
        System.IO.Directory.GetFiles(LocalesFolder, "*.resx")
            .Select(ResxFile.Load)
            .GroupBy(f => f.Family, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ResxFile>)g.OrderBy(f => f.Culture, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Helpline.sln"))) return dir.FullName;
            dir = dir.Parent;
        }
        throw new InvalidOperationException("Helpline.sln not found above " + AppContext.BaseDirectory);
    }
}
