namespace Helpline.Dialogs.Understanding;

/// <summary>What the user wants to do: a menu entry, or a word that works anywhere.</summary>
public enum HelplineAction
{
    CheckOffer,
    Advice,
    WhoCanHelp,
    Counsellor,
    Language,
    Help,
    DeleteData,
    Menu,
    Stop,
}
