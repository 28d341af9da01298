using System.Globalization;
using System.Text;
using Helpline.Core.Sms;
using Helpline.Locales;
using Helpline.Safety.JobOffers;
using Microsoft.Extensions.Localization;

namespace Helpline.Dialogs.JobOffers;

/// <summary>
/// Turns a <see cref="JobOfferReport"/> into the words the user reads, in the culture the caller set
/// (<see cref="CultureInfo.CurrentUICulture"/>): the risk level in plain words, each sign found (what it is,
/// why it matters), what to check (always, even for LOW) and the helpline numbers of the user's country.
/// SMS: the first message fits in <see cref="MaxSmsSegments"/> segments with the top signs and
/// "reply 1 for more"; the rest follows in <see cref="JobOfferReply.More"/>. Web chat: the full list.
/// </summary>
public sealed class JobOfferAnswer(IStringLocalizer<JobOfferStrings> strings)
{
    public const int MaxSmsSegments = 3;

    private static readonly string[] AlwaysCheck = ["Check_Employer", "Check_Contract", "Check_Passport", "Check_Visa", "Check_Family"];

    /// <param name="report">The analyzer's report.</param>
    /// <param name="channel">SMS or web chat.</param>
    /// <param name="numbers">The anti-trafficking and child helpline numbers of the user's country, with their labels in the user's language (from the directory).</param>
    public JobOfferReply Compose(JobOfferReport report, AnswerChannel channel, IReadOnlyList<(string Label, string Number)> numbers)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(numbers);
        return channel == AnswerChannel.Sms ? ComposeSms(report, numbers) : new JobOfferReply(ComposeWeb(report, numbers), []);
    }

    private string ComposeWeb(JobOfferReport report, IReadOnlyList<(string Label, string Number)> numbers)
    {
        var text = new StringBuilder();
        text.AppendLine(strings[$"Risk_{report.Risk}"]);
        var warnings = Warnings(report);
        var good = report.Signs.Where(s => s.Severity == SignSeverity.Mitigating).ToList();
        text.AppendLine();
        if (warnings.Count == 0)
        {
            text.AppendLine(strings["NoSigns"]);
        }
        else
        {
            text.AppendLine(strings["Warnings_Title"]);
            foreach (var sign in warnings) text.AppendLine($"\u2022 {Capitalize(Name(sign))}: {Why(sign)}");
        }
        if (good.Count > 0)
        {
            text.AppendLine();
            text.AppendLine(strings["Good_Title"]);
            foreach (var sign in good) text.AppendLine($"\u2022 {Capitalize(Name(sign))}: {Why(sign)}");
        }
        text.AppendLine();
        text.AppendLine(strings["Check_Title"]);
        foreach (var check in Checks(report)) text.AppendLine($"\u2022 {strings[check]}");
        if (numbers.Count > 0)
        {
            text.AppendLine();
            text.AppendLine(strings["Numbers_Title"]);
            foreach (var (label, number) in numbers) text.AppendLine($"\u2022 {label}: {number}");
        }
        return text.ToString().TrimEnd();
    }

    private JobOfferReply ComposeSms(JobOfferReport report, IReadOnlyList<(string Label, string Number)> numbers)
    {
        var warnings = Warnings(report);
        var risk = strings[$"Sms_Risk_{report.Risk}"].Value;
        var help = HelpLine(numbers, numbers.Count);
        var replyMore = strings["Sms_ReplyMore"].Value;

        // As many top signs as fit with every number; then at least the top sign with fewer numbers; then no sign.
        string? first = null;
        for (var numbersShown = numbers.Count; first is null && numbersShown >= Math.Min(1, numbers.Count); numbersShown--)
        {
            for (var shown = warnings.Count; first is null && shown >= 1; shown--) first = Fit(risk, warnings, shown, numbers, numbersShown, replyMore);
        }
        for (var numbersShown = numbers.Count; first is null && numbersShown >= 0; numbersShown--)
        {
            first = Fit(risk, warnings, 0, numbers, numbersShown, replyMore);
        }
        first ??= SmsText.Plain(Join(risk, replyMore));

        // The continuation: every sign with why it matters, what to check, then the numbers again.
        var lines = new List<string>();
        if (warnings.Count > 0) lines.Add(strings["Sms_More_Title"]);
        lines.AddRange(warnings.Select(s => $"- {Capitalize(Name(s))}: {Why(s)}"));
        lines.AddRange(report.Signs.Where(s => s.Severity == SignSeverity.Mitigating).Select(s => $"+ {Capitalize(Name(s))}"));
        lines.Add(strings["Check_Title"]);
        lines.AddRange(Checks(report).Select(c => $"- {strings[c]}"));
        if (help.Length > 0) lines.Add(help);
        return new JobOfferReply(first, Pack(lines));
    }

    private string? Fit(string risk, List<FoundSign> warnings, int shown, IReadOnlyList<(string Label, string Number)> numbers, int numbersShown, string replyMore)
    {
        var signsLine = shown == 0 ? "" : string.Format(CultureInfo.CurrentCulture, strings["Sms_Signs"], string.Join("; ", warnings.Take(shown).Select(Name)));
        var text = SmsText.Plain(Join(risk, signsLine, HelpLine(numbers, numbersShown), replyMore));
        return SmsSegments.Calculate(text).Segments <= MaxSmsSegments ? text : null;
    }

    private string HelpLine(IReadOnlyList<(string Label, string Number)> numbers, int count) =>
        count == 0 ? "" : $"{strings["Sms_Help"]} {string.Join(", ", numbers.Take(count).Select(n => $"{n.Label} {n.Number}"))}";

    /// <summary>Packs lines into messages of at most <see cref="MaxSmsSegments"/> segments each.</summary>
    private static List<string> Pack(List<string> lines)
    {
        var messages = new List<string>();
        var current = "";
        foreach (var line in lines.Select(SmsText.Plain))
        {
            var candidate = current.Length == 0 ? line : current + "\n" + line;
            if (SmsSegments.Calculate(SmsText.Plain(candidate)).Segments <= MaxSmsSegments)
            {
                current = candidate;
                continue;
            }
            if (current.Length > 0) messages.Add(SmsText.Plain(current));
            current = line;
            while (SmsSegments.Calculate(current).Segments > MaxSmsSegments)
            {
                // A single line too long for one message (never with the current strings): cut at a space.
                var cut = current.LastIndexOf(' ', Math.Min(current.Length - 1, 190));
                if (cut <= 0) cut = Math.Min(current.Length, 190);
                messages.Add(current[..cut]);
                current = current[cut..].TrimStart();
            }
        }
        if (current.Length > 0) messages.Add(SmsText.Plain(current));
        return messages;
    }

    private static List<FoundSign> Warnings(JobOfferReport report) =>
        report.Signs.Where(s => s.Severity != SignSeverity.Mitigating).ToList();

    private static IEnumerable<string> Checks(JobOfferReport report)
    {
        foreach (var check in AlwaysCheck) yield return check;
        if (report.Signs.Any(s => s.Code is JobOfferSigns.LicensedAgency or JobOfferSigns.OfferFromAgency)) yield return "Check_Licence";
        if (report.Signs.Any(s => s.Code is JobOfferSigns.Minors or JobOfferSigns.MinorsAtHome or JobOfferSigns.ApplicantMinor or JobOfferSigns.ApplicantMinorAbroad)) yield return "Check_Age";
    }

    private string Name(FoundSign sign) => strings[$"Sign_{Key(sign.Code)}_Name"];

    private string Why(FoundSign sign) => strings[$"Sign_{Key(sign.Code)}_Why"];

    /// <summary>The resource key part of a sign code: "passport-kept" is "passport_kept".</summary>
    public static string Key(string code) => code.Replace('-', '_');

    private static string Join(params string[] parts) => string.Join(" ", parts.Where(p => p.Length > 0));

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.CurrentUICulture) + text[1..];
}
