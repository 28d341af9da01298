using System.Security.Cryptography;
using Helpline.Channels.DirectLine;
using Microsoft.Extensions.Options;

namespace Helpline.Server.DirectLine;

/// <summary>
/// In Development (and the Testing environment of the test host) only, a missing <c>DirectLine:Secret</c> becomes a random secret for this process (tokens
/// then do not survive a restart, and instances do not share them), with a warning. Elsewhere it is required.
/// </summary>
public sealed class DirectLineDevelopmentSecret(IHostEnvironment environment, ILogger<DirectLineDevelopmentSecret> logger)
    : IPostConfigureOptions<DirectLineOptions>
{
    public void PostConfigure(string? name, DirectLineOptions options)
    {
        if (!string.IsNullOrEmpty(options.Secret) || !(environment.IsDevelopment() || environment.IsEnvironment("Testing"))) return;
        options.Secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        logger.LogWarning("DirectLine:Secret is not set; using a random secret for this process ({Environment} only).", environment.EnvironmentName);
    }
}
