using Helpline.Core.Turns;

namespace Helpline.Dialogs.JobOffers;

/// <summary>
/// Checks a job offer and answers the user in the turn's culture (the risk, the signs found, what to
/// check). The dialog collects the request; the analyser and the answer composer do the rest.
/// </summary>
public interface IJobOfferCheck
{
    Task CheckAsync(ITurnContext turnContext, JobOfferRequest request, CancellationToken cancellationToken);
}
