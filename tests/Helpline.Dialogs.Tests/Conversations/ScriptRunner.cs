using System.Collections;
using System.Globalization;
using System.Resources;
using Helpline.Core;
using Helpline.Core.Schema;
using Helpline.Core.Sms;
using Helpline.Dialogs.Advice;
using Helpline.Dialogs.Culture;
using Helpline.Dialogs.Dialogs;
using Helpline.Dialogs.Directory;
using Helpline.Dialogs.JobOffers;
using Helpline.Dialogs.Understanding;
using Helpline.Locales;
using Helpline.Safety.JobOffers;
using Helpline.Testing.Conversations;
using Microsoft.Extensions.Localization;
using Xunit.Sdk;

namespace Helpline.Dialogs.Tests.Conversations;

/// <summary>
/// Runs a <see cref="ConversationScript"/> through the pipeline for one culture and channel: resolves
/// what the user says, and checks every reply against the localizer's string for the culture the
/// conversation speaks at that turn. A conversation in another language than English must never show
/// an English string.
/// </summary>
public sealed class ScriptRunner(HelplineTestHost host, string culture, bool sms)
{
    private readonly IStringLocalizer<Strings> _strings = host.Get<IStringLocalizer<Strings>>();
    private readonly IStringLocalizer<AdviceStrings> _advice = host.Get<IStringLocalizer<AdviceStrings>>();
    private readonly ScriptUser _user = new(culture, sms);
    private readonly string _country = ScriptSamples.Country(culture);
    private string _language = HelplineLanguages.BaseLanguage(culture);

    public string CurrentCulture => HelplineLanguages.CultureFor(_language, _country);

    public ScriptUser User => _user;

    public async Task RunAsync(ConversationScript script)
    {
        for (var i = 0; i < script.Turns.Count; i++)
        {
            var turn = script.Turns[i];
            if (turn.Only != ReplyChannel.Any && (turn.Only == ReplyChannel.Sms) != sms) continue;
            var say = Resolve(turn.Say);
            if (turn.SwitchesTo is not null) _language = Token(turn.SwitchesTo);
            var replies = await host.SendAsync(_user.Message(say));
            var where = $"{script.Name} [{culture}, {(sms ? "sms" : "directline")}] turn {i + 1} \"{turn.Say}\"";
            AssertReplies(where, turn.Expect, replies);
        }
    }

    public void AssertReplies(string where, IReadOnlyList<ExpectedReply> expectations, IReadOnlyList<Activity> replies)
    {
        var expected = expectations.Where(e => e.AppliesTo(sms)).ToList();
        var actual = replies.ToList();
        var index = 0;
        var jobOfferReplies = new HashSet<int>();
        foreach (var expectation in expected)
        {
            if (expectation.Family == ExpectedReply.Composed)
            {
                foreach (var composed in Composed(expectation.Key))
                {
                    if (expectation.Key.StartsWith("job-offer", StringComparison.Ordinal)) jobOfferReplies.Add(index);
                    Check(index < actual.Count, $"{where}: missing reply {expectation}", actual);
                    Check(actual[index].Text == composed, $"{where}: reply {index + 1} should be {expectation}:\n{composed}\nbut was:\n{actual[index].Text}", actual);
                    index++;
                }
                continue;
            }
            Check(index < actual.Count, $"{where}: missing reply {expectation}", actual);
            var reply = actual[index++];
            var text = Expected(expectation);
            var matches = expectation.StartsWith ? reply.Text?.StartsWith(text, StringComparison.Ordinal) == true : reply.Text == text;
            Check(matches, $"{where}: reply {index} should be {expectation} in {CurrentCulture}:\n{text}\nbut was:\n{reply.Text}", actual);
            var buttons = reply.SuggestedActions?.Actions.Count ?? 0;
            var expectedButtons = sms ? 0 : expectation.SuggestedActions ?? 0;
            Check(buttons == expectedButtons, $"{where}: reply {index} ({expectation}) has {buttons} suggested actions, expected {expectedButtons}", actual);
        }
        Check(index == actual.Count, $"{where}: {actual.Count - index} unexpected replies", actual);
        AssertNoEnglish(where, actual);
        if (sms)
        {
            // The job-offer answer has its own budget (three segments, then "reply 1 for more").
            AssertSmsFits(where, [.. actual.Where((_, i) => !jobOfferReplies.Contains(i))], SmsSegmentBudget);
            AssertSmsFits(where, [.. actual.Where((_, i) => jobOfferReplies.Contains(i))], JobOfferAnswer.MaxSmsSegments);
        }
    }

    /// <summary>Every SMS reply fits the helpline's budget of two segments.</summary>
    public const int SmsSegmentBudget = 2;

    public static void AssertSmsFits(string where, IReadOnlyList<Activity> replies, int budget)
    {
        foreach (var reply in replies)
        {
            var count = SmsSegments.Calculate(reply.Text ?? "");
            Check(count.Segments <= budget, $"{where}: an SMS reply takes {count.Segments} segments ({count.Encoding}, {count.Units} units)", [reply]);
        }
    }

    /// <summary>Outside English, no reply may hold a neutral (English) string the culture translates.</summary>
    public void AssertNoEnglish(string where, IReadOnlyList<Activity> replies)
    {
        if (_language == HelplineLanguages.English) return;
        foreach (var (family, key, english) in NeutralStrings())
        {
            var translated = Localizer(family).InCulture(CurrentCulture, key);
            if (translated == english) continue;
            foreach (var reply in replies)
            {
                Check(reply.Text?.Contains(english, StringComparison.Ordinal) != true,
                    $"{where}: a {CurrentCulture} conversation got the English {family}:{key}: {reply.Text}", replies);
            }
        }
    }

    private string Expected(ExpectedReply expectation)
    {
        var value = Localizer(expectation.Family).InCulture(CurrentCulture, expectation.Key)
            ?? throw new XunitException($"No string {expectation} in {CurrentCulture}");
        if (expectation.Args is null) return value;
        var args = expectation.Args.Select(a => (object)Token(a)).ToArray();
        return string.Format(CultureInfo.GetCultureInfo(CurrentCulture), value, args);
    }

    private IEnumerable<string> Composed(string name)
    {
        switch (name)
        {
            case "who-can-help":
                var answer = host.Get<WhoCanHelpAnswer>();
                return sms ? answer.ForSms(_country, CurrentCulture) : [answer.ForWebChat(_country, CurrentCulture)];
            case "job-offer":
                return [JobOfferReply().Text];
            case "job-offer-more":
                return JobOfferReply().More;
            default:
                throw new XunitException($"Unknown composed reply '{name}'.");
        }
    }

    /// <summary>
    /// The answer to the last offer the dialogs checked, composed here from the analyser's report and the
    /// directory's numbers in the conversation's culture; the report must be HIGH for the scripted offers.
    /// </summary>
    private JobOfferReply JobOfferReply()
    {
        var request = host.JobOffers.Requests.LastOrDefault() ?? throw new XunitException("The job-offer check was never called.");
        var analyzer = host.Get<JobOfferAnalyzer>();
        var report = analyzer.Analyze(new JobOfferInput(request.Text, _country, _language, JobOfferCheck.SourceOf(request.Source), request.Age));
        if (ScriptSamples.Offer.Values.Contains(request.Text) && report.Risk != JobOfferRisk.High)
        {
            throw new XunitException($"The scripted offer in {_language} should be HIGH risk, was {report.Risk}.");
        }
        var directory = host.Get<HelplineDirectory>();
        var numbers = new[] { directory.AntiTrafficking(_country), directory.ChildHelpline(_country) }
            .OfType<HelplineContact>()
            .Select(c => (_advice.InCulture(CurrentCulture, $"Directory.Kind.{c.Kind}")!, c.Number))
            .ToList();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(CurrentCulture);
            return host.Get<JobOfferAnswer>().Compose(report, sms ? AnswerChannel.Sms : AnswerChannel.Web, numbers);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private string Resolve(string say)
    {
        if (!say.StartsWith('$')) return say;
        var colon = say.IndexOf(':');
        var kind = colon < 0 ? say[1..] : say[1..colon];
        var argument = colon < 0 ? "" : Token(say[(colon + 1)..]);
        return kind switch
        {
            "greeting" => ScriptSamples.Greeting[_language],
            "offer" => ScriptSamples.Offer[_language],
            "topic-question" => ScriptSamples.TopicQuestion[_language],
            "key" => _strings.InCulture(CurrentCulture, argument)!,
            "language-name" => _strings.InCulture(argument, "Language.Name")!,
            "menu" => Choice(MainDialog.MenuEntries.Select(e => e.Action.ToString()).ToList(), argument,
                () => _strings.InCulture(CurrentCulture, MainDialog.MenuEntries.Single(e => e.Action.ToString() == argument).Key)!),
            "advice" => Choice([.. AdviceTopics.All], argument, () => _advice.InCulture(CurrentCulture, $"Advice.{argument}.Title")!),
            "who" => Choice([.. OfferSources.All], ToSource(argument), () => _strings.InCulture(CurrentCulture, $"Offer.Who.{argument}")!),
            "language" => Choice([.. HelplineLanguages.Identifiable], argument, () => _strings.InCulture(argument, "Language.Name")!),
            _ => throw new XunitException($"Unknown token {say}"),
        };
    }

    /// <summary>SMS users type the number; web chat users tap the button, which sends its title.</summary>
    private string Choice(List<string> values, string value, Func<string> title)
    {
        var index = values.IndexOf(value);
        if (index < 0) throw new XunitException($"'{value}' is not a choice.");
        return sms ? (index + 1).ToString(CultureInfo.InvariantCulture) : title();
    }

    private static string ToSource(string name) => name switch
    {
        "OnlineAd" => OfferSources.OnlineAd,
        _ => name.ToLowerInvariant(),
    };

    private string Token(string value) => value switch
    {
        "{retentionDays}" => HelplineTestHost.RetentionDays.ToString(CultureInfo.InvariantCulture),
        "{childHelpline}" => host.Get<HelplineDirectory>().ChildHelpline(_country)?.Number ?? "116 111",
        "{target}" => ScriptSamples.SwitchTarget(culture),
        "{original}" => HelplineLanguages.BaseLanguage(culture),
        _ => value,
    };

    private IStringLocalizer Localizer(string family) => family switch
    {
        ExpectedReply.Strings => _strings,
        ExpectedReply.AdviceStrings => _advice,
        _ => throw new XunitException($"Unknown family {family}"),
    };

    private static IEnumerable<(string Family, string Key, string English)> NeutralStrings()
    {
        foreach (var family in new[] { ExpectedReply.Strings, ExpectedReply.AdviceStrings })
        {
            var manager = new ResourceManager($"Helpline.Locales.{family}", typeof(Strings).Assembly);
            using var set = manager.GetResourceSet(CultureInfo.InvariantCulture, true, false)!;
            foreach (DictionaryEntry entry in set)
            {
                if (entry.Value is string english && english.Length >= 12) yield return (family, (string)entry.Key, english);
            }
        }
    }

    private static void Check(bool condition, string message, IEnumerable<Activity> replies)
    {
        if (condition) return;
        throw new XunitException(message + "\n--- replies ---\n" + string.Join("\n---\n", replies.Select(r => r.Text)));
    }
}
