using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Helpline.Server.Tests.BotFramework;

/// <summary>
/// A local stand-in for the Bot Framework cloud: OpenID metadata and a JWKS with a locally made signing key
/// (endorsing some channels), a client-credentials token endpoint, and a Bot Connector that records replies.
/// </summary>
public sealed class FakeBotFrameworkCloud : IDisposable
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string AppToken = "app-token-from-the-fake";
    public const string Issuer = "https://api.botframework.com";

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RSA _stranger = RSA.Create(2048);

    public FakeBotFrameworkCloud()
    {
        Server = WireMockServer.Start();
        var p = _rsa.ExportParameters(false);
        Server.Given(Request.Create().WithPath("/.well-known/openidconfiguration").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new
            {
                issuer = Issuer,
                jwks_uri = $"{Server.Url}/keys",
                id_token_signing_alg_values_supported = new[] { "RS256" },
            }));
        Server.Given(Request.Create().WithPath("/keys").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new
            {
                keys = new[]
                {
                    new
                    {
                        kty = "RSA", use = "sig", kid = "signing-key",
                        n = Base64UrlEncoder.Encode(p.Modulus), e = Base64UrlEncoder.Encode(p.Exponent),
                        endorsements = new[] { "telegram", "webchat" },
                    },
                },
            }));
        Server.Given(Request.Create().WithPath("/token").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { access_token = AppToken, expires_in = 3600, token_type = "Bearer" }));
        Server.Given(Request.Create().WithPath("/connector/v3/conversations/*").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { id = "reply-1" }));
    }

    public WireMockServer Server { get; }

    public string MetadataUrl => $"{Server.Url}/.well-known/openidconfiguration";
    public string TokenUrl => $"{Server.Url}/token";
    public string ServiceUrl => $"{Server.Url}/connector";

    /// <summary>A token as the Bot Connector makes it; each argument can be spoiled by a test.</summary>
    public string ConnectorToken(string? audience = AppId, string? serviceUrl = null, bool signedByStranger = false,
        DateTime? expires = null, string issuer = Issuer)
    {
        var key = new RsaSecurityKey(signedByStranger ? _stranger : _rsa) { KeyId = "signing-key" };
        var claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl ?? ServiceUrl };
        var expiry = expires ?? DateTime.UtcNow.AddMinutes(30);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Expires = expiry,
            NotBefore = expiry.AddHours(-1),
            IssuedAt = expiry.AddHours(-1),
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    public void Dispose()
    {
        Server.Stop();
        _rsa.Dispose();
        _stranger.Dispose();
    }
}
