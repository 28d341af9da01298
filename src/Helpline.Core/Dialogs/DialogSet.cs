using Helpline.Core.State;
using Helpline.Core.Turns;

namespace Helpline.Core.Dialogs;

/// <summary>The dialogs that can be begun by id, and the accessor of their stack (Bot Builder's <c>DialogSet</c>).</summary>
public sealed class DialogSet(IStatePropertyAccessor<DialogState>? dialogState = null)
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (_dialogs.TryGetValue(dialog.Id, out var existing))
        {
            if (ReferenceEquals(existing, dialog)) return this;
            throw new InvalidOperationException($"A dialog with id '{dialog.Id}' is already in the set.");
        }
        _dialogs.Add(dialog.Id, dialog);
        return this;
    }

    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    public IEnumerable<Dialog> GetDialogs() => _dialogs.Values;

    /// <summary>A context over the conversation's stack, read through the set's accessor.</summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (dialogState is null)
        {
            throw new InvalidOperationException("This DialogSet was created without a state accessor, so it cannot create a context.");
        }
        var state = await dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken).ConfigureAwait(false);
        return new DialogContext(this, turnContext, state);
    }
}
