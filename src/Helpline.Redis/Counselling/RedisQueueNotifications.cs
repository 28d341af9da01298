using Helpline.Core.Counselling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Helpline.Redis.Counselling;

/// <summary>
/// Change notices from the Redis channel that the scripts PUBLISH to ("kind|ticketId"), so every
/// service instance hears about changes made by any other.
/// </summary>
public sealed partial class RedisQueueNotifications(IConnectionMultiplexer redis, RedisKeys keys, ILogger<RedisQueueNotifications>? logger = null) : IQueueNotifications
{
    private readonly ILogger _logger = logger ?? NullLogger<RedisQueueNotifications>.Instance;

    public async Task<IAsyncDisposable> SubscribeAsync(Action<QueueChange> handler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var subscriber = redis.GetSubscriber();
        Action<RedisChannel, RedisValue> onMessage = (_, message) =>
        {
            if (!TryParse(message, out var change))
            {
                LogUnreadable();
                return;
            }
            try
            {
                handler(change);
            }
            catch (Exception ex)
            {
                LogHandlerFailed(ex, change.Kind);
            }
        };
        await subscriber.SubscribeAsync(keys.Changes, onMessage);
        return new Subscription(subscriber, keys.Changes, onMessage);
    }

    public static bool TryParse(string? message, out QueueChange change)
    {
        change = null!;
        var bar = message?.IndexOf('|', StringComparison.Ordinal) ?? -1;
        if (bar <= 0 || bar == message!.Length - 1) return false;
        QueueChangeKind? kind = message[..bar] switch
        {
            "enqueued" => QueueChangeKind.Enqueued,
            "raised" => QueueChangeKind.Raised,
            "claimed" => QueueChangeKind.Claimed,
            "requeued" => QueueChangeKind.Requeued,
            "transferred" => QueueChangeKind.Transferred,
            "closed" => QueueChangeKind.Closed,
            "cancelled" => QueueChangeKind.Cancelled,
            "message-added" => QueueChangeKind.MessageAdded,
            _ => null,
        };
        if (kind is null) return false;
        change = new QueueChange(message[(bar + 1)..], kind.Value);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A counselling change notice could not be read.")]
    private partial void LogUnreadable();

    [LoggerMessage(Level = LogLevel.Warning, Message = "A subscriber failed on a {Kind} notice.")]
    private partial void LogHandlerFailed(Exception exception, QueueChangeKind kind);

    private sealed class Subscription(ISubscriber subscriber, RedisChannel channel, Action<RedisChannel, RedisValue> handler) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await subscriber.UnsubscribeAsync(channel, handler);
    }
}
