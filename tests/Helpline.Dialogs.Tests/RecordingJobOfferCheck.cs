using Helpline.Core.Turns;
using Helpline.Dialogs.JobOffers;

namespace Helpline.Dialogs.Tests;

/// <summary>Records each job-offer request the dialogs make and answers with a marker naming it.</summary>
public sealed class RecordingJobOfferCheck : IJobOfferCheck
{
    public List<JobOfferRequest> Requests { get; } = [];

    public static string Marker(JobOfferRequest request) => $"[job-offer-check source={request.Source ?? "-"} age={request.Age?.ToString() ?? "-"}]";

    public async Task CheckAsync(ITurnContext turnContext, JobOfferRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        await turnContext.SendActivityAsync(Marker(request), cancellationToken);
    }
}
