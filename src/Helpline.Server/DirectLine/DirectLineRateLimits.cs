using System.Threading.RateLimiting;
using Helpline.Channels.DirectLine;
using Microsoft.Extensions.Options;

namespace Helpline.Server.DirectLine;

/// <summary>
/// Fixed-window limits per conversation (posted activities) and per client address (new web chat tokens),
/// held in this instance.
/// </summary>
public sealed class DirectLineRateLimits : IDisposable
{
    private readonly PartitionedRateLimiter<string> _activities;
    private readonly PartitionedRateLimiter<string> _tokens;

    public DirectLineRateLimits(IOptions<DirectLineOptions> options)
    {
        var o = options.Value;
        _activities = Create(o.ActivitiesPerMinute);
        _tokens = Create(o.TokensPerMinutePerClient);
    }

    public bool TryPostActivity(string conversationId) => Acquire(_activities, conversationId);

    public bool TryIssueToken(string clientAddress) => Acquire(_tokens, clientAddress);

    public void Dispose()
    {
        _activities.Dispose();
        _tokens.Dispose();
    }

    private static bool Acquire(PartitionedRateLimiter<string> limiter, string key)
    {
        using var lease = limiter.AttemptAcquire(key);
        return lease.IsAcquired;
    }

    private static PartitionedRateLimiter<string> Create(int perMinute) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));
}
