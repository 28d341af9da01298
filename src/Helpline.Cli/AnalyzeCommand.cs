using System.Text.Encodings.Web;
using System.Text.Json;
using Helpline.Core;
using Helpline.Core.Languages;
using Helpline.Safety.Disclosures;
using Helpline.Safety.JobOffers;

namespace Helpline.Cli;

/// <summary>
/// <c>helpline analyze</c>: reads JSON Lines (<c>{"id":..., "text":"...", "country":"MD", "language":"ro"}</c>,
/// only <c>text</c> required) and writes one JSON line per input line, in order:
/// <c>{"id":..., "language":"ro-MD", "safety":{"escalate":false,"priority":null,"categories":[]}, "jobOffer":{"risk":"high","score":12,"signs":[{"code":"minors","evidence":"16-22 ani"}]}}</c>.
/// <c>safety</c> is the disclosure screen's answer for the text (docs/disclosure-categories.md): escalate or not,
/// the priority P1, P2 or P3 (null when nothing to escalate) and the category codes, most urgent first.
/// A line that cannot be read gets <c>{"id":..., "error":"..."}</c> on its line; the command never stops on bad input.
/// The language is the one given, or else the identifier's guess (null when it cannot tell); Romanian with
/// the country MD is reported as ro-MD. Nothing is logged: offers may hold personal data.
/// </summary>
public sealed class AnalyzeCommand(JobOfferAnalyzer analyzer, ILanguageIdentifier identifier, DisclosureScreen screen)
{
    /// <summary>The command with the disclosure screen over the embedded lexicons.</summary>
    public AnalyzeCommand(JobOfferAnalyzer analyzer, ILanguageIdentifier identifier)
        : this(analyzer, identifier, DisclosureScreen.CreateDefault())
    {
    }

    /// <summary>Longer texts are refused (an offer is a few hundred characters).</summary>
    public const int MaxTextLength = 20_000;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Which language identifier the command uses (for diagnostics and tests).</summary>
    public string IdentifierName => identifier.GetType().FullName ?? identifier.GetType().Name;

    /// <summary>Processes every line of <paramref name="input"/>; returns 0 (bad lines are reported on their own line, not by the exit code).</summary>
    public int Run(TextReader input, TextWriter output)
    {
        string? line;
        while ((line = input.ReadLine()) is not null)
        {
            output.WriteLine(AnalyzeLine(line));
            output.Flush();
        }
        return 0;
    }

    /// <summary>The output line for one input line.</summary>
    public string AnalyzeLine(string line)
    {
        JsonElement? id = null;
        try
        {
            if (string.IsNullOrWhiteSpace(line)) return Error(id, "empty line");
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Error(id, "each line must be a JSON object");
            if (root.TryGetProperty("id", out var idElement)) id = idElement.Clone();
            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                return Error(id, "\"text\" (a string) is required");
            }
            var text = textElement.GetString()!;
            if (text.Length > MaxTextLength) return Error(id, $"\"text\" is longer than {MaxTextLength} characters");

            string? country = null;
            if (root.TryGetProperty("country", out var countryElement) && countryElement.ValueKind != JsonValueKind.Null)
            {
                country = countryElement.ValueKind == JsonValueKind.String ? HelplineCountries.Normalize(countryElement.GetString()) : null;
                if (country is null) return Error(id, $"\"country\" must be one of {string.Join(", ", HelplineCountries.Served)}");
            }

            string? language;
            if (root.TryGetProperty("language", out var languageElement) && languageElement.ValueKind != JsonValueKind.Null)
            {
                language = languageElement.ValueKind == JsonValueKind.String ? HelplineLanguages.Normalize(languageElement.GetString()) : null;
                if (language is null) return Error(id, $"\"language\" must be one of {string.Join(", ", HelplineLanguages.Cultures)}");
            }
            else
            {
                language = identifier.Identify(text).Language;
            }
            if (language is not null) language = HelplineLanguages.CultureFor(HelplineLanguages.BaseLanguage(language), country);

            var report = analyzer.Analyze(new JobOfferInput(text, country, language));
            var safety = screen.Screen(text);
            return Write(writer =>
            {
                WriteId(writer, id);
                writer.WriteString("language", language);
                WriteSafety(writer, safety);
                writer.WriteStartObject("jobOffer");
                writer.WriteString("risk", report.Risk.ToString().ToLowerInvariant());
                writer.WriteNumber("score", report.Score);
                writer.WriteStartArray("signs");
                foreach (var sign in report.Signs)
                {
                    writer.WriteStartObject();
                    writer.WriteString("code", sign.Code);
                    writer.WriteString("evidence", sign.Evidence);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            });
        }
        catch (JsonException)
        {
            return Error(id, "not valid JSON");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Never stop the stream for one line; the message carries no text of the offer.
            return Error(id, $"could not analyze this line ({e.GetType().Name})");
        }
    }

    private static void WriteSafety(Utf8JsonWriter writer, DisclosureResult safety)
    {
        writer.WriteStartObject("safety");
        writer.WriteBoolean("escalate", safety.Escalate);
        if (safety.Priority is { } priority) writer.WriteString("priority", priority.ToString());
        else writer.WriteNull("priority");
        writer.WriteStartArray("categories");
        foreach (var category in safety.Categories) writer.WriteStringValue(category.Code());
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string Error(JsonElement? id, string message) => Write(writer =>
    {
        WriteId(writer, id);
        writer.WriteString("error", message);
    });

    private static void WriteId(Utf8JsonWriter writer, JsonElement? id)
    {
        writer.WritePropertyName("id");
        if (id is { } value) value.WriteTo(writer);
        else writer.WriteNullValue();
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
