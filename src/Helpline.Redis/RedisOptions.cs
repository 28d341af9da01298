namespace Helpline.Redis;

/// <summary>Where Redis is and how the helpline's keys are named; section <c>Redis</c>.</summary>
public sealed class RedisOptions
{
    public const string SectionName = "Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. <c>127.0.0.1:6379,password=...</c> (the password from the environment).</summary>
    public string Configuration { get; set; } = "127.0.0.1:6379";

    /// <summary>Put before every key, so several deployments (or tests) can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "helpline:";
}
