using Helpline.Channels.DirectLine;
using Helpline.Testing;
using Microsoft.Extensions.Options;

namespace Helpline.Channels.Tests.DirectLine;

public sealed class DirectLineTokenServiceTests
{
    private const string Secret = "a-site-secret-long-enough-123456";
    private readonly ManualTimeProvider _clock = new();

    private DirectLineTokenService Service(string secret = Secret) =>
        new(Options.Create(new DirectLineOptions { Secret = secret, TokenLifetime = TimeSpan.FromMinutes(30) }), _clock);

    [Fact]
    public void AnIssuedTokenGrantsItsConversationAndUserUntilItExpires()
    {
        var service = Service();
        var issued = service.Issue("conv1", "dl_user");
        var grant = service.Validate(issued.Token);
        Assert.NotNull(grant);
        Assert.Equal("conv1", grant.ConversationId);
        Assert.Equal("dl_user", grant.UserId);
        Assert.Equal(1800, issued.ExpiresInSeconds(_clock.GetUtcNow()));

        _clock.Advance(TimeSpan.FromMinutes(29));
        Assert.NotNull(service.Validate(issued.Token));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(service.Validate(issued.Token));
    }

    [Fact]
    public void ATokenSignedUnderAnotherSecretIsRefused()
    {
        var token = Service("another-secret-entirely-0987654321").Issue("conv1", "dl_user").Token;
        Assert.Null(Service().Validate(token));
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("a.b.c.d")]
    [InlineData("....")]
    public void MalformedTokensAreRefused(string token) => Assert.Null(Service().Validate(token));

    [Fact]
    public void ChangingTheConversationInATokenBreaksItsSignature()
    {
        var service = Service();
        var token = service.Issue("conv1", "dl_user").Token;
        var other = service.Issue("conv2", "dl_user").Token;
        var forged = other.Split('.')[0] + token[token.IndexOf('.')..];
        Assert.Null(service.Validate(forged));
    }

    [Fact]
    public void OnlyTheSiteSecretIsRecognisedAsIt()
    {
        var service = Service();
        Assert.True(service.IsSiteSecret(Secret));
        Assert.False(service.IsSiteSecret(Secret + "x"));
        Assert.False(service.IsSiteSecret(null));
        Assert.False(service.IsSiteSecret(service.Issue("c", "u").Token));
    }

    [Fact]
    public void AMissingOrShortSecretIsRefusedAtConstruction()
    {
        Assert.Throws<InvalidOperationException>(() => Service(""));
        Assert.Throws<InvalidOperationException>(() => Service("short"));
    }
}
