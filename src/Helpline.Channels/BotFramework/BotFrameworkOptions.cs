namespace Helpline.Channels.BotFramework;

/// <summary>
/// The Azure Bot Service registration, bound from <c>BotFramework</c>. The endpoint <c>POST /api/messages</c>
/// exists only when <see cref="AppId"/> is set. The URLs default to the public Bot Framework cloud.
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string SectionName = "BotFramework";

    /// <summary>The bot's Microsoft App ID: the audience of incoming tokens and the client id of outgoing ones.</summary>
    public string? AppId { get; set; }

    public string? AppPassword { get; set; }

    /// <summary>OpenID metadata whose <c>jwks_uri</c> lists the keys that sign the Bot Connector's tokens.</summary>
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Issuers accepted on incoming tokens.</summary>
    public string[] ValidIssuers { get; set; } = ["https://api.botframework.com"];

    /// <summary>Where the bot gets its own token (client credentials) to call the Bot Connector.</summary>
    public string TokenEndpoint { get; set; } = "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token";

    public string Scope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Largest accepted activity, in bytes.</summary>
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    public bool IsEnabled => !string.IsNullOrEmpty(AppId);
}
