using Helpline.Testing;

namespace Helpline.Redis.Tests.Counselling;

/// <summary>
/// One redis-server per test class. A wrapper because xunit needs a class fixture with exactly one
/// public constructor, and <see cref="RedisServer"/> has two.
/// </summary>
public sealed class RedisFixture : IAsyncLifetime
{
    public RedisServer Server { get; } = new(appendOnly: false);

    public Task InitializeAsync() => Server.InitializeAsync();

    public Task DisposeAsync() => Server.DisposeAsync();
}
