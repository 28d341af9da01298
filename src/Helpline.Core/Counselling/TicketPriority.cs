namespace Helpline.Core.Counselling;

/// <summary>
/// How urgent a counsellor ticket is. A lower number is more urgent and is served first; within one
/// priority tickets are served in the order they were enqueued.
/// </summary>
public enum TicketPriority
{
    /// <summary>Immediate danger: self-harm, violence now, locked in, a child missing now.</summary>
    P1 = 1,

    /// <summary>Disclosure of exploitation or abuse.</summary>
    P2 = 2,

    /// <summary>Asks for a person, worried about someone, about to leave on a high-risk offer.</summary>
    P3 = 3,
}
