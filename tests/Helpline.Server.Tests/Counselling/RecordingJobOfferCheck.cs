using Helpline.Core.Turns;
using Helpline.Dialogs.JobOffers;

namespace Helpline.Server.Tests.Counselling;

/// <summary>Stands in for the job-offer analyser (not part of these tests): answers with a marker text.</summary>
public sealed class RecordingJobOfferCheck : IJobOfferCheck
{
    public const string Answer = "job offer checked";

    public Task CheckAsync(ITurnContext turnContext, JobOfferRequest request, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(Answer, cancellationToken);
}
