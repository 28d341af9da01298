using StackExchange.Redis;

namespace Helpline.Redis;

// The Direct Line keys: a conversation's keys share the hash tag {dl:<conversationId>}, so its scripts work on Redis Cluster.
public sealed partial class RedisKeys
{
    /// <summary>HASH userId, createdAt, locale, language, country, started: a web chat conversation. TTL = retention, renewed by each activity.</summary>
    public RedisKey DirectLineConversation(string conversationId) => $"{Prefix}dl:{{{conversationId}}}:conversation";

    /// <summary>LIST of activity JSON: a web chat conversation's activities; position + 1 is the watermark. Same TTL as the conversation.</summary>
    public RedisKey DirectLineActivities(string conversationId) => $"{Prefix}dl:{{{conversationId}}}:activities";

    /// <summary>PUB/SUB channel: "new activity / typing" events of every web chat conversation, for the instance holding its stream.</summary>
    public RedisChannel DirectLineFeed => RedisChannel.Literal($"{Prefix}dl:feed");
}
