using Helpline.Core.Languages;
using Helpline.Dialogs.JobOffers;

namespace Helpline.Testing.Conversations;

/// <summary>The real job-offer check, recording each request the dialogs make.</summary>
public sealed class RecordingJobOfferCheck(IJobOfferCheck inner) : IJobOfferCheck
{
    private readonly List<JobOfferRequest> _requests = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<JobOfferRequest> Requests
    {
        get
        {
            lock (_gate) return [.. _requests];
        }
    }

    public JobOfferReply Check(JobOfferRequest request, TurnCulture culture, AnswerChannel channel)
    {
        lock (_gate) _requests.Add(request);
        return inner.Check(request, culture, channel);
    }
}
