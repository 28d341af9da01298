using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Helpline.Channels.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: <c>conversationId.userId.expiry.signature</c>, each part base64url,
/// signed with HMAC-SHA256 under a key derived from the site secret. A token grants one conversation only.
/// </summary>
public sealed class DirectLineTokenService
{
    private static readonly byte[] KeyInfo = Encoding.UTF8.GetBytes("helpline/directline/token/v1");
    private readonly byte[] _key;
    private readonly byte[] _secretHash;
    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _time;

    public DirectLineTokenService(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        var secret = options.Value.Secret;
        if (string.IsNullOrEmpty(secret) || secret.Length < 16)
        {
            throw new InvalidOperationException("DirectLine:Secret must be set (at least 16 characters).");
        }
        var secretBytes = Encoding.UTF8.GetBytes(secret);
        _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, secretBytes, 32, salt: null, info: KeyInfo);
        _secretHash = SHA256.HashData(secretBytes);
        _lifetime = options.Value.TokenLifetime;
        _time = time;
    }

    public IssuedDirectLineToken Issue(string conversationId, string userId)
    {
        var expiresAt = _time.GetUtcNow().Add(_lifetime);
        var body = $"{Encode(conversationId)}.{Encode(userId)}.{expiresAt.ToUnixTimeSeconds()}";
        var token = $"{body}.{Base64Url.EncodeToString(Sign(body))}";
        return new IssuedDirectLineToken(token, new DirectLineToken(conversationId, userId, DateTimeOffset.FromUnixTimeSeconds(expiresAt.ToUnixTimeSeconds())));
    }

    /// <summary>The grant of a well-signed, unexpired token; null for anything else.</summary>
    public DirectLineToken? Validate(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1024) return null;
        var lastDot = token.LastIndexOf('.');
        if (lastDot <= 0) return null;
        var body = token[..lastDot];
        byte[] signature;
        try
        {
            signature = Base64Url.DecodeFromChars(token.AsSpan(lastDot + 1));
        }
        catch (FormatException)
        {
            return null;
        }
        if (!CryptographicOperations.FixedTimeEquals(signature, Sign(body))) return null;

        var parts = body.Split('.');
        if (parts.Length != 3 || !long.TryParse(parts[2], out var expiry)) return null;
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(expiry);
        if (expiresAt <= _time.GetUtcNow()) return null;
        return new DirectLineToken(Decode(parts[0]), Decode(parts[1]), expiresAt);
    }

    /// <summary>True when the value is the site secret (compared in constant time).</summary>
    public bool IsSiteSecret(string? value) =>
        !string.IsNullOrEmpty(value) &&
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(value)), _secretHash);

    private byte[] Sign(string body) => HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(body));

    private static string Encode(string value) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(value));

    private static string Decode(string value) => Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value));
}
