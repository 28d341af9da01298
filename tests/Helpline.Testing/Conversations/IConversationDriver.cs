using Helpline.Core.Schema;

namespace Helpline.Testing.Conversations;

/// <summary>
/// Where a scripted conversation runs: the turn pipeline in process, or the running service over HTTP
/// (the Twilio webhook, Direct Line). The script and its checks are the same for all.
/// </summary>
public interface IConversationDriver
{
    /// <summary>Delivers the user's activity and returns the bot's replies to it, in order.</summary>
    Task<IReadOnlyList<Activity>> SendAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>A service of the bot under test (localizers, directory, analyser).</summary>
    T Get<T>() where T : notnull;

    /// <summary>The job-offer check, recording what the dialogs asked it.</summary>
    RecordingJobOfferCheck JobOffers { get; }

    /// <summary>The retention period the privacy notice states.</summary>
    int RetentionDays { get; }
}
