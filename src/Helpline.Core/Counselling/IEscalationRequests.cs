using Helpline.Core.Turns;

namespace Helpline.Core.Counselling;

/// <summary>
/// Raises a request for a counsellor from a conversation (implemented over the counsellor queue). The
/// implementation opens or updates the conversation's ticket and tells the user, in the turn's culture,
/// what happens next; the dialogs call it and send nothing more. Optional: when no implementation is
/// registered, the dialogs answer with the who-can-help numbers instead.
/// </summary>
public interface IEscalationRequests
{
    /// <param name="reason">A short code for why (e.g. <c>user-asked</c>, <c>job-offer-high-risk</c>); never message text.</param>
    Task RequestCounsellorAsync(ITurnContext turnContext, string reason, CancellationToken cancellationToken);
}
