using Helpline.Core.Languages;
using Helpline.Dialogs.JobOffers;

namespace Helpline.Dialogs.Tests;

/// <summary>The real job-offer check, recording each request the dialogs make.</summary>
public sealed class RecordingJobOfferCheck(IJobOfferCheck inner) : IJobOfferCheck
{
    public List<JobOfferRequest> Requests { get; } = [];

    public JobOfferReply Check(JobOfferRequest request, TurnCulture culture, AnswerChannel channel)
    {
        Requests.Add(request);
        return inner.Check(request, culture, channel);
    }
}
