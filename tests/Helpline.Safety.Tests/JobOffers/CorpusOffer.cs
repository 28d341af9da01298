using System.Text.Json;
using Helpline.Safety.JobOffers;

namespace Helpline.Safety.Tests.JobOffers;

/// <summary>One labelled offer of <c>Corpus/job-offers/&lt;culture&gt;.jsonl</c>.</summary>
public sealed record CorpusOffer(string Culture, int Line, string Text, bool Risky, IReadOnlySet<string> Signs, string? Country, OfferSource Source, int? ApplicantAge)
{
    public static readonly IReadOnlyList<string> Cultures = ["sq", "ro", "ro-MD", "uk", "ru", "en"];

    public JobOfferInput ToInput() => new(Text, Country, Culture, Source, ApplicantAge);

    /// <param name="culture">The file's culture.</param>
    /// <param name="folder">"job-offers" (the labelled corpus the lexicons were tuned on) or "job-offers-holdout" (offers written afterwards, never tuned on).</param>
    public static IReadOnlyList<CorpusOffer> Load(string culture, string folder = "job-offers")
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", folder, culture + ".jsonl");
        var offers = new List<CorpusOffer>();
        var line = 0;
        foreach (var json in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(json)) continue;
            var o = JsonDocument.Parse(json).RootElement;
            var label = o.GetProperty("label").GetString();
            if (label is not ("risky" or "legitimate")) throw new InvalidDataException($"{culture}.jsonl line {line}: label must be risky or legitimate");
            offers.Add(new CorpusOffer(
                culture,
                line,
                o.GetProperty("text").GetString()!,
                label == "risky",
                o.GetProperty("signs").EnumerateArray().Select(e => e.GetString()!).ToHashSet(),
                o.TryGetProperty("country", out var country) ? country.GetString() : null,
                o.TryGetProperty("source", out var source) ? Enum.Parse<OfferSource>(source.GetString()!) : OfferSource.Unknown,
                o.TryGetProperty("applicantAge", out var age) ? age.GetInt32() : null));
        }
        return offers;
    }
}
