using System.Text.Json;

namespace Helpline.Core.Dialogs;

/// <summary>
/// Typed reads of dialog state values. Within a turn a value is the object that was stored; after the
/// state was saved and loaded again it is a <see cref="JsonElement"/>, which is converted here (and the
/// typed object put back, so later changes to it are saved with the turn).
/// </summary>
public static class DialogStateValues
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static T? GetValue<T>(this IDictionary<string, object?> values, string key)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!values.TryGetValue(key, out var raw) || raw is null) return default;
        var converted = Convert<T>(raw);
        if (converted is not null && !ReferenceEquals(raw, converted) && raw is JsonElement)
        {
            values[key] = converted;
        }
        return converted;
    }

    public static T GetValue<T>(this IDictionary<string, object?> values, string key, Func<T> defaultValueFactory)
    {
        var value = values.GetValue<T>(key);
        if (value is not null) return value;
        var created = defaultValueFactory();
        values[key] = created;
        return created;
    }

    /// <summary>Converts a stored value (the object itself or its JSON) to <typeparamref name="T"/>.</summary>
    public static T? Convert<T>(object? raw) => raw switch
    {
        null => default,
        T typed => typed,
        JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => default,
        JsonElement element => element.Deserialize<T>(Json),
        _ => JsonSerializer.SerializeToElement(raw, raw.GetType(), Json).Deserialize<T>(Json),
    };
}
