using System.Globalization;
using System.Text;
using Helpline.Core;
using Helpline.Core.Sms;
using Helpline.Locales;
using Microsoft.Extensions.Localization;

namespace Helpline.Dialogs.Directory;

/// <summary>
/// Composes the "who can help" answer for a country in a culture: the SMS form (one or two messages,
/// each within <see cref="MaxSegmentsPerMessage"/> segments) and the fuller web chat form (markdown).
/// Only verified entries are shown; every word comes from AdviceStrings, the numbers and names from
/// the directory.
/// </summary>
public sealed class WhoCanHelpAnswer(HelplineDirectory directory, IStringLocalizer<AdviceStrings> localizer)
{
    public const int MaxSegmentsPerMessage = 2;

    /// <summary>The SMS bodies to send, in order: one when everything fits two segments, else more.</summary>
    public IReadOnlyList<string> ForSms(string? country, string culture)
    {
        return InCulture(culture, () =>
        {
            var entries = directory.Verified(country);
            var lines = new List<string>();
            var allFree = entries.All(e => e.IsFree);
            lines.Add(allFree ? Text("Directory.Intro.Sms") : Text("Directory.Title") + ":");
            var own = entries.Where(e => e.Region != HelplineDirectory.EuropeanUnion).ToList();
            var eu = entries.Where(e => e.Region == HelplineDirectory.EuropeanUnion).ToList();
            lines.AddRange(SmsLines(own));
            // SMS is short: the EU numbers the country already listed (112, 116 111) are not repeated.
            var ownNumbers = own.Select(e => HelplineDirectory.Digits(e.Number)).ToHashSet(StringComparer.Ordinal);
            var euOnly = eu.Where(e => !ownNumbers.Contains(HelplineDirectory.Digits(e.Number))).ToList();
            if (euOnly.Count > 0)
            {
                if (own.Count > 0) lines.Add(Text("Directory.Heading.EU.Sms"));
                lines.AddRange(SmsLines(euOnly));
            }
            return Pack(lines);
        });
    }

    /// <summary>The web chat answer: a heading per region and one bullet per number.</summary>
    public string ForWebChat(string? country, string culture)
    {
        return InCulture(culture, () =>
        {
            var english = HelplineLanguages.BaseLanguage(culture) == HelplineLanguages.English;
            var entries = directory.Verified(country);
            var text = new StringBuilder();
            text.Append("**").Append(Text("Directory.Title")).Append("**\n");
            foreach (var region in entries.Select(e => e.Region).Distinct())
            {
                text.Append('\n').Append(Text("Directory.Heading." + region)).Append('\n');
                // One bullet per organisation and kind, with all its numbers ("0 800 500 225 / 116 111").
                foreach (var service in entries.Where(e => e.Region == region).GroupBy(e => (e.Kind, e.LocalName)))
                {
                    var first = service.First();
                    var label = Text("Directory.Kind." + first.Kind);
                    var name = english ? first.EnglishName : first.LocalName;
                    text.Append("- **").Append(label).Append(": ")
                        .Append(string.Join(" / ", service.Select(e => e.Number))).Append("**");
                    if (region != HelplineDirectory.EuropeanUnion && !string.Equals(name, label, StringComparison.CurrentCultureIgnoreCase))
                    {
                        text.Append(" (").Append(name).Append(')');
                    }
                    text.Append(". ").Append(Text("Directory.Kind." + first.Kind + ".Web"));
                    var terms = service.Select(Terms).Distinct().Count() == 1 ? Terms(first) : null;
                    if (terms is not null) text.Append(' ').Append(terms);
                    text.Append('\n');
                }
            }
            text.Append('\n').Append(Text("Directory.Embassy.Web"));
            return text.ToString();
        });
    }

    private IEnumerable<string> SmsLines(IReadOnlyList<HelplineContact> entries) =>
        entries
            .GroupBy(e => e.Kind)
            .Select(g => Text("Directory.Kind." + g.Key) + ": " + string.Join(" / ", g.Select(e => e.Number)));

    private string? Terms(HelplineContact entry) => (entry.IsFree, entry.IsAlwaysOpen) switch
    {
        (true, true) => Text("Directory.FreeAlwaysOpen"),
        (true, false) => Text("Directory.Free"),
        (false, true) => Text("Directory.AlwaysOpen"),
        _ => null,
    };

    private string Text(string key) => localizer[key].Value;

    /// <summary>Packs lines into as few messages as fit <see cref="MaxSegmentsPerMessage"/> segments each.</summary>
    internal static IReadOnlyList<string> Pack(IReadOnlyList<string> lines)
    {
        var messages = new List<string>();
        var current = new StringBuilder();
        foreach (var line in lines)
        {
            var candidate = current.Length == 0 ? line : current + "\n" + line;
            if (current.Length > 0 && SmsSegments.Calculate(candidate).Segments > MaxSegmentsPerMessage)
            {
                messages.Add(current.ToString());
                current.Clear().Append(line);
            }
            else
            {
                current.Clear().Append(candidate);
            }
        }
        if (current.Length > 0) messages.Add(current.ToString());
        return messages;
    }

    private static T InCulture<T>(string culture, Func<T> compose)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(HelplineLanguages.Normalize(culture) ?? HelplineLanguages.Default);
        try
        {
            return compose();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
