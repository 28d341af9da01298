using System.Globalization;
using Helpline.Channels.DirectLine;
using Helpline.Core.Schema;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Helpline.Redis.DirectLine;

/// <summary>
/// Web chat conversations and their activities in Redis, so any instance serves any conversation and a
/// reload resumes it. Every change is one Lua script; everything expires after the retention period since
/// the conversation's last activity.
/// </summary>
public sealed class RedisDirectLineStore(IConnectionMultiplexer redis, RedisKeys keys, IOptions<DirectLineOptions> options) : IDirectLineStore
{
    public async Task<bool> CreateConversationAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        var args = new List<RedisValue> { RetentionMs(), "userId", conversation.UserId, "createdAt", conversation.CreatedAt.ToUnixTimeMilliseconds() };
        if (conversation.Locale is not null) args.AddRange(["locale", conversation.Locale]);
        if (conversation.Language is not null) args.AddRange(["language", conversation.Language]);
        if (conversation.Country is not null) args.AddRange(["country", conversation.Country]);
        var result = await RedisScripts.EvaluateAsync(redis.GetDatabase(), "DirectLineCreate",
            [keys.DirectLineConversation(conversation.ConversationId)], [.. args]).ConfigureAwait(false);
        return (int)result == 1;
    }

    public async Task<DirectLineConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        var values = await redis.GetDatabase().HashGetAsync(keys.DirectLineConversation(conversationId),
            ["userId", "createdAt", "locale", "language", "country"]).ConfigureAwait(false);
        if (values[0].IsNull) return null;
        return new DirectLineConversation(conversationId, values[0]!,
            DateTimeOffset.FromUnixTimeMilliseconds((long)values[1]), values[2], values[3], values[4]);
    }

    public async Task<bool> TryMarkStartedAsync(string conversationId, CancellationToken cancellationToken)
    {
        var result = await RedisScripts.EvaluateAsync(redis.GetDatabase(), "DirectLineMarkStarted",
            [keys.DirectLineConversation(conversationId)], []).ConfigureAwait(false);
        return (int)result == 1;
    }

    public async Task<long?> AppendActivityAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var previousId = activity.Id;
        activity.Id = null; // the id follows from the position
        var json = ActivityJson.Serialize(activity);
        activity.Id = previousId;
        var result = await RedisScripts.EvaluateAsync(redis.GetDatabase(), "DirectLineAppend",
            [keys.DirectLineConversation(conversationId), keys.DirectLineActivities(conversationId)],
            [json, options.Value.MaxActivitiesPerConversation, RetentionMs()]).ConfigureAwait(false);
        return result.IsNull ? null : (long)result;
    }

    public async Task<DirectLineActivitySet> GetActivitiesAsync(string conversationId, long afterWatermark, int max, CancellationToken cancellationToken)
    {
        var after = Math.Max(0, afterWatermark);
        var values = await redis.GetDatabase().ListRangeAsync(keys.DirectLineActivities(conversationId), after, after + max - 1).ConfigureAwait(false);
        var activities = new List<Activity>(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            var activity = ActivityJson.Deserialize(values[i]!)!;
            activity.Id = DirectLineIds.ActivityId(conversationId, after + i + 1);
            activities.Add(activity);
        }
        return new DirectLineActivitySet(activities, (after + activities.Count).ToString(CultureInfo.InvariantCulture));
    }

    private long RetentionMs() => (long)options.Value.Retention.TotalMilliseconds;
}
