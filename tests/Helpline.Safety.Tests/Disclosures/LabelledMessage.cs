using System.Text.Json;
using System.Text.Json.Serialization;

namespace Helpline.Safety.Tests.Disclosures;

/// <summary>One line of a labelled corpus file (<c>Corpus/disclosures/&lt;lang&gt;.jsonl</c>).</summary>
public sealed record LabelledMessage(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("escalate")] bool Escalate,
    [property: JsonPropertyName("priority")] string? Priority,
    [property: JsonPropertyName("categories")] IReadOnlyList<string> Categories)
{
    public static IReadOnlyList<LabelledMessage> Load(string relativePath)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", "disclosures", relativePath);
        return File.ReadLines(path)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<LabelledMessage>(line)
                ?? throw new InvalidDataException($"{relativePath}: empty line"))
            .ToList();
    }

    public override string ToString() => Text;
}
