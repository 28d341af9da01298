namespace Helpline.Core.State;

/// <summary>
/// Another turn wrote the same state since it was read: the write was refused, nothing was overwritten.
/// The adapter runs the turn again on the fresh state.
/// </summary>
public sealed class StateConcurrencyException(string key)
    : Exception($"The state '{key}' was changed by another turn since it was read.")
{
    public string Key { get; } = key;
}
