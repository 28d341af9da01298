namespace Helpline.Core.Dialogs;

/// <summary>Where the dialog stack stands after a turn (Bot Builder's <c>DialogTurnStatus</c>).</summary>
public enum DialogTurnStatus
{
    /// <summary>Nothing was on the stack.</summary>
    Empty,

    /// <summary>A dialog is waiting for the user's next message.</summary>
    Waiting,

    /// <summary>The last dialog ended with a result.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}
