namespace Helpline.Core.Dialogs;

/// <summary>Why a dialog is being resumed or ended (Bot Builder's <c>DialogReason</c>).</summary>
public enum DialogReason
{
    BeginCalled,
    ContinueCalled,
    EndCalled,
    ReplaceCalled,
    CancelCalled,
    NextCalled,
}
