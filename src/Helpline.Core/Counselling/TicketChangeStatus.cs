namespace Helpline.Core.Counselling;

/// <summary>Why a change to a ticket did or did not happen.</summary>
public enum TicketChangeStatus
{
    /// <summary>The change was made.</summary>
    Changed,

    /// <summary>Nothing to do (e.g. raising to a priority that is not higher).</summary>
    Unchanged,

    /// <summary>No such ticket (or it has expired after the retention period).</summary>
    NotFound,

    /// <summary>The ticket is closed or cancelled.</summary>
    NotOpen,

    /// <summary>Another counsellor holds the ticket, or it was transferred to another counsellor.</summary>
    HeldByAnother,

    /// <summary>The operation needs the caller to hold the ticket (a live lease), and it does not.</summary>
    NotClaimedByYou,

    /// <summary>The operation needs a waiting ticket (e.g. the user cancels after a counsellor took it).</summary>
    NotWaiting,
}
