namespace Helpline.Dialogs.Dialogs;

/// <summary>How a flow ended, for the main dialog to decide what comes next.</summary>
public enum DialogOutcome
{
    /// <summary>Answered: show the short menu reminder.</summary>
    Done,

    /// <summary>The language changed: show the whole menu in the new language.</summary>
    LanguageChanged,

    /// <summary>The conversation's data was erased: say nothing more and keep nothing.</summary>
    Erased,
}
