using Helpline.Safety.Language;

namespace Helpline.Safety.Tests.Language;

/// <summary>The labelled evaluation set, <c>Corpus/language-id.tsv</c> (columns lang, text).</summary>
public static class LanguageIdCorpus
{
    public static IReadOnlyList<LanguageSample> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", "language-id.tsv");
        var lines = File.ReadAllLines(path);
        Assert.Equal("lang\ttext", lines[0]);
        return lines.Skip(1)
            .Where(l => l.Length > 0)
            .Select(l =>
            {
                var tab = l.IndexOf('\t');
                Assert.True(tab > 0, $"Malformed line: {l}");
                return new LanguageSample(l[..tab], l[(tab + 1)..]);
            })
            .ToList();
    }

    public static int WordCount(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
