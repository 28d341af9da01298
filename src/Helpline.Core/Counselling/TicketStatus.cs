namespace Helpline.Core.Counselling;

/// <summary>Where a ticket is in its life: open (waiting or claimed), then closed or cancelled.</summary>
public enum TicketStatus
{
    /// <summary>In the queue (the general one, or waiting for one named counsellor).</summary>
    Waiting,

    /// <summary>Held by a counsellor under a lease that the counsellor's client renews.</summary>
    Claimed,

    /// <summary>Closed by a counsellor with an outcome.</summary>
    Closed,

    /// <summary>Withdrawn by the user before a counsellor took it.</summary>
    Cancelled,
}
