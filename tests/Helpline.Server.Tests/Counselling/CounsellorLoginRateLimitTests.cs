using System.Net;
using Helpline.Server.Counselling;
using Helpline.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Helpline.Server.Tests.Counselling;

/// <summary>Login attempts are limited per client address.</summary>
[Collection(RedisCollection.Name)]
public sealed class CounsellorLoginRateLimitTests(RedisServer redis) : IDisposable
{
    private readonly CounsellingHarness _h = new(redis, nameof(CounsellorLoginRateLimitTests), services =>
        services.Configure<CounsellingOptions>(o =>
        {
            o.LoginPermitsPerWindow = 3;
            o.LoginWindow = TimeSpan.FromMinutes(5);
        }));

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task TooManyLoginAttemptsAreRefusedWith429()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++) statuses.Add((await _h.LoginAsync("someone", "guess " + i)).StatusCode);
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }
}
