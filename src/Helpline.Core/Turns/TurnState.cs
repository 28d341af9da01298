namespace Helpline.Core.Turns;

/// <summary>Typed values that live for one turn (Bot Builder's <c>TurnContextStateCollection</c>).</summary>
public sealed class TurnState
{
    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);

    public T? Get<T>() where T : class => _values.TryGetValue(typeof(T).FullName!, out var v) ? (T)v : null;

    public void Set<T>(T value) where T : class => _values[typeof(T).FullName!] = value;

    public bool TryGet<T>(string key, out T? value)
    {
        if (_values.TryGetValue(key, out var v) && v is T t)
        {
            value = t;
            return true;
        }
        value = default;
        return false;
    }

    public void Set(string key, object value) => _values[key] = value;

    public void Remove(string key) => _values.Remove(key);
}
