namespace Helpline.Core.Dialogs;

/// <summary>
/// One dialog on the stack and its own state (Bot Builder's <c>DialogInstance</c>). Stored as JSON in
/// conversation state: after a reload the values of <see cref="State"/> are <c>JsonElement</c>s, so read
/// them through <see cref="DialogStateValues.GetValue{T}"/>.
/// </summary>
public sealed class DialogInstance
{
    public DialogInstance() { }

    public DialogInstance(string id) => Id = id;

    public string Id { get; set; } = "";

    public Dictionary<string, object?> State { get; set; } = new(StringComparer.Ordinal);
}
