using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Helpline.Channels.BotFramework;

/// <summary>
/// Checks the bearer token the Bot Connector sends with each activity: signed by a key from the Bot
/// Framework OpenID metadata, issued by the Bot Framework, for this bot's App ID, not expired, with a
/// <c>serviceurl</c> claim equal to the activity's <c>serviceUrl</c>, and signed by a key that endorses the
/// activity's channel (when the key lists endorsements).
/// </summary>
public sealed class BotFrameworkAuthenticator
{
    private readonly BotFrameworkOptions _options;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _metadata;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly ILogger<BotFrameworkAuthenticator> _logger;

    public BotFrameworkAuthenticator(IOptions<BotFrameworkOptions> options, ILogger<BotFrameworkAuthenticator> logger)
    {
        _options = options.Value;
        _logger = logger;
        var metadataUri = new Uri(_options.OpenIdMetadataUrl);
        // Plain http only for a metadata server on this machine (tests); the real one is https.
        var retriever = new HttpDocumentRetriever { RequireHttps = !metadataUri.IsLoopback };
        _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(_options.OpenIdMetadataUrl, new OpenIdConnectConfigurationRetriever(), retriever);
    }

    /// <summary>
    /// True when the header's token is valid for an activity from this channel and service URL. Throws
    /// <see cref="InvalidOperationException"/> when the signing keys cannot be fetched.
    /// </summary>
    public async Task<bool> IsAuthenticAsync(string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        if (authorizationHeader is null || !authorizationHeader.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return false;
        var token = authorizationHeader[7..].Trim();
        if (token.Length == 0 || string.IsNullOrEmpty(serviceUrl)) return false;

        var configuration = await _metadata.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        var parameters = new TokenValidationParameters
        {
            ValidIssuers = _options.ValidIssuers,
            ValidAudience = _options.AppId,
            IssuerSigningKeys = configuration.SigningKeys,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(5),
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        };
        var result = await _handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // The keys may have rolled over since they were fetched: fetch once more and try again.
            _metadata.RequestRefresh();
            configuration = await _metadata.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
            parameters.IssuerSigningKeys = configuration.SigningKeys;
            result = await _handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        }
        if (!result.IsValid)
        {
            _logger.LogWarning("A Bot Connector token was refused: {Reason}", result.Exception?.GetType().Name);
            return false;
        }

        if (!result.Claims.TryGetValue("serviceurl", out var claimed) ||
            !string.Equals(claimed as string, serviceUrl, StringComparison.OrdinalIgnoreCase))
        {
            _logger.LogWarning("A Bot Connector token was refused: its serviceurl claim does not match the activity.");
            return false;
        }

        var keyId = (result.SecurityToken as JsonWebToken)?.Kid;
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == keyId);
        if (key is not null && key.AdditionalData.TryGetValue("endorsements", out var endorsements) && !Endorses(endorsements, channelId))
        {
            _logger.LogWarning("A Bot Connector token was refused: its key does not endorse the channel {ChannelId}.", channelId);
            return false;
        }
        return true;
    }

    private static bool Endorses(object? endorsements, string? channelId)
    {
        if (string.IsNullOrEmpty(channelId)) return false;
        IEnumerable<string?> values = endorsements switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(e => e.GetString()),
            IEnumerable<object> list => list.Select(o => o?.ToString()),
            _ => [],
        };
        return values.Contains(channelId, StringComparer.OrdinalIgnoreCase);
    }
}
