using Helpline.Dialogs.Understanding;

namespace Helpline.Dialogs.Dialogs;

/// <summary>How the main dialog (re)starts: with a request to carry out at once, or with the menu in a given form.</summary>
public sealed class MainDialogOptions
{
    public HelplineIntent? Intent { get; set; }

    public MenuMode Mode { get; set; } = MenuMode.Full;
}
