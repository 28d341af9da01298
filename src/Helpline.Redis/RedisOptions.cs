namespace Helpline.Redis;

/// <summary>The <c>Redis</c> section. With no <see cref="Configuration"/> the service runs in single-process mode (in memory).</summary>
public sealed class RedisOptions
{
    public const string SectionName = "Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. <c>127.0.0.1:6379,password=...</c>.</summary>
    public string? Configuration { get; set; }

    /// <summary>Prefix of every key this service writes, so several deployments can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "helpline:";
}
