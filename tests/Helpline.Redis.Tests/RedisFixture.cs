using Helpline.Testing;

namespace Helpline.Redis.Tests;

/// <summary>One real redis-server for the Redis test collection.</summary>
[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "redis";
}
