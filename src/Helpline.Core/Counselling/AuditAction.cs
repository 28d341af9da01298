namespace Helpline.Core.Counselling;

/// <summary>What was done to a ticket or its transcript. Codes come from <see cref="AuditActions"/>.</summary>
public enum AuditAction
{
    /// <summary><c>view</c>: a counsellor opened the ticket (written by the console, not by the queue).</summary>
    View,
    /// <summary><c>claim</c></summary>
    Claim,
    /// <summary><c>read</c>: the transcript was read.</summary>
    Read,
    /// <summary><c>reply</c>: a counsellor wrote to the user.</summary>
    Reply,
    /// <summary><c>transfer</c>: back to the queue or to a named counsellor.</summary>
    Transfer,
    /// <summary><c>close</c></summary>
    Close,
    /// <summary><c>reveal-number</c>: a counsellor looked at the user's phone number (written by the console).</summary>
    RevealNumber,
    /// <summary><c>enqueue</c></summary>
    Enqueue,
    /// <summary><c>raise</c>: the priority was raised.</summary>
    Raise,
    /// <summary><c>cancel</c>: the user withdrew before a counsellor took the ticket.</summary>
    Cancel,
    /// <summary><c>requeue</c>: a lease expired (or a named transfer lapsed) and the ticket went back to the queue.</summary>
    Requeue,
    /// <summary><c>login</c>: a counsellor signed in (actor = the counsellor).</summary>
    Login,
    /// <summary><c>login-locked</c>: failed logins in a row locked the account for a while.</summary>
    LoginLocked,
    /// <summary><c>note</c>: a counsellor added a private note to the ticket (written by the console; the note's text is not in the audit).</summary>
    Note,
}
