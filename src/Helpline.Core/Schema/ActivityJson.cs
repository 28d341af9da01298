using System.Text.Json;
using System.Text.Json.Serialization;

namespace Helpline.Core.Schema;

/// <summary>The JSON options of the Activity schema: camelCase, nulls left out, as Bot Framework sends them.</summary>
public static class ActivityJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, Options);

    public static Activity? Deserialize(string json) => JsonSerializer.Deserialize<Activity>(json, Options);
}
