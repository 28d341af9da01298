namespace Helpline.Dialogs.Dialogs;

/// <summary>How the main menu is shown.</summary>
public enum MenuMode
{
    /// <summary>The whole numbered menu (SMS) or the question with buttons (web chat).</summary>
    Full,

    /// <summary>After an answer: a one-line reminder on SMS, the buttons again on web chat.</summary>
    Again,

    /// <summary>The message was not understood: say so, with the buttons on web chat.</summary>
    NotUnderstood,
}
