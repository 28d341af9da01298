namespace Helpline.Server.Counselling;

/// <summary>What an escalation did to the conversation's ticket.</summary>
public enum EscalationStep
{
    /// <summary>A new ticket was queued.</summary>
    Queued,

    /// <summary>The open ticket's priority went up.</summary>
    Raised,

    /// <summary>The conversation already had an open ticket at this or a higher priority.</summary>
    AlreadyOpen,
}
