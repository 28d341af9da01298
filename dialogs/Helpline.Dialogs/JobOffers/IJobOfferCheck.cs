using Helpline.Core.Languages;

namespace Helpline.Dialogs.JobOffers;

/// <summary>
/// Checks a job offer and composes the answer in the current culture (the risk, the signs found, what
/// to check, the numbers of the user's country). The dialog collects the request and sends the reply.
/// </summary>
public interface IJobOfferCheck
{
    JobOfferReply Check(JobOfferRequest request, TurnCulture culture, AnswerChannel channel);
}
