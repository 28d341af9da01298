namespace Helpline.Core.Counselling;

/// <summary>How a ticket ended. Codes (stored and shown in reports) come from <see cref="TicketOutcomes"/>.</summary>
public enum TicketOutcome
{
    /// <summary><c>advice-given</c></summary>
    AdviceGiven,

    /// <summary><c>referred-police</c></summary>
    ReferredPolice,

    /// <summary><c>referred-ngo</c></summary>
    ReferredNgo,

    /// <summary><c>user-stopped</c>: the user stopped answering or asked to stop while talking to a counsellor.</summary>
    UserStopped,

    /// <summary><c>duplicate</c></summary>
    Duplicate,

    /// <summary><c>other</c></summary>
    Other,

    /// <summary><c>cancelled-by-user</c>: set only by <see cref="ICounsellorQueue.CancelByUserAsync"/>.</summary>
    CancelledByUser,
}
