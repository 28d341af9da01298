using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Helpline.Core.Schema;
using Microsoft.Extensions.Options;

namespace Helpline.Channels.BotFramework;

/// <summary>
/// Sends replies to the Bot Connector at the activity's <c>serviceUrl</c>, with an app token obtained by
/// client credentials and kept (one per process) until shortly before it expires.
/// </summary>
public sealed class BotConnectorClient(IHttpClientFactory httpClients, IOptions<BotFrameworkOptions> options, TimeProvider time)
{
    public const string HttpClientName = "bot-connector";

    private readonly SemaphoreSlim _tokenLock = new(1, 1);
    private string? _token;
    private DateTimeOffset _tokenExpires;

    /// <summary>POSTs the reply to <c>{serviceUrl}/v3/conversations/{conversationId}/activities/{replyToId}</c>.</summary>
    public async Task SendReplyAsync(string serviceUrl, Activity reply, CancellationToken cancellationToken)
    {
        var conversationId = reply.Conversation?.Id ?? throw new ArgumentException("A reply needs its conversation.", nameof(reply));
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(reply.ReplyToId)) path += "/" + Uri.EscapeDataString(reply.ReplyToId);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(serviceUrl.TrimEnd('/') + "/"), path))
        {
            Content = JsonContent.Create(reply, options: ActivityJson.Options),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await AppTokenAsync(cancellationToken).ConfigureAwait(false));
        using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    private async Task<string> AppTokenAsync(CancellationToken cancellationToken)
    {
        await _tokenLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_token is not null && time.GetUtcNow() < _tokenExpires) return _token;
            var o = options.Value;
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = o.AppId ?? "",
                ["client_secret"] = o.AppPassword ?? "",
                ["scope"] = o.Scope,
            });
            using var response = await httpClients.CreateClient(HttpClientName).PostAsync(o.TokenEndpoint, form, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The token endpoint answered without a token.");
            _token = body.AccessToken;
            _tokenExpires = time.GetUtcNow().AddSeconds(Math.Max(0, body.ExpiresIn - 300));
            return _token;
        }
        finally
        {
            _tokenLock.Release();
        }
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
