namespace Helpline.Core.Dialogs;

/// <summary>The dialog stack of a conversation, top first (Bot Builder's <c>DialogState</c>); JSON-serialisable.</summary>
public sealed class DialogState
{
    public DialogState() { }

    public DialogState(List<DialogInstance> stack) => DialogStack = stack;

    public List<DialogInstance> DialogStack { get; set; } = [];
}
