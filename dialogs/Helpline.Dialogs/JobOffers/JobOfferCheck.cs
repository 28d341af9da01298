using Helpline.Core.Languages;
using Helpline.Dialogs.Directory;
using Helpline.Locales;
using Helpline.Safety.JobOffers;
using Microsoft.Extensions.Localization;

namespace Helpline.Dialogs.JobOffers;

/// <summary>
/// The job-offer check of the conversation: the <see cref="JobOfferAnalyzer"/> reads the offer with
/// what the user told (who offered it, the applicant's age, their country), and <see cref="JobOfferAnswer"/>
/// words the result with the anti-trafficking and child helpline numbers of the user's country.
/// </summary>
public sealed class JobOfferCheck(JobOfferAnalyzer analyzer, JobOfferAnswer answer, HelplineDirectory directory, IStringLocalizer<AdviceStrings> advice) : IJobOfferCheck
{
    public JobOfferReply Check(JobOfferRequest request, TurnCulture culture, AnswerChannel channel)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(culture);
        var report = Analyze(request, culture);
        return answer.Compose(report, channel, Numbers(culture.Country));
    }

    public JobOfferReport Analyze(JobOfferRequest request, TurnCulture culture) =>
        analyzer.Analyze(new JobOfferInput(request.Text, culture.Country, culture.Language, SourceOf(request.Source), request.Age));

    /// <summary>The anti-trafficking line and the child helpline of the country (verified entries only), labelled in the current culture.</summary>
    public IReadOnlyList<(string Label, string Number)> Numbers(string? country)
    {
        var numbers = new List<(string, string)>();
        foreach (var contact in new[] { directory.AntiTrafficking(country), directory.ChildHelpline(country) })
        {
            if (contact is not null) numbers.Add((advice[$"Directory.Kind.{contact.Kind}"].Value, contact.Number));
        }
        return numbers;
    }

    /// <summary>The analyser's name for an answer to "who offered it" (<see cref="OfferSources"/>).</summary>
    public static OfferSource SourceOf(string? source) => source switch
    {
        OfferSources.Stranger => OfferSource.Stranger,
        OfferSources.Friend => OfferSource.Friend,
        OfferSources.Partner => OfferSource.NewPartner,
        OfferSources.Relative => OfferSource.Relative,
        OfferSources.Agency => OfferSource.Agency,
        OfferSources.OnlineAd => OfferSource.OnlineAd,
        _ => OfferSource.Unknown,
    };
}
