using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Helpline.Channels.Sms;

/// <summary>
/// The Twilio Messages REST API, small and exact: <c>POST {ApiBaseUrl}/2010-04-01/Accounts/{AccountSid}/Messages.json</c>
/// with basic auth and the form fields To, From or MessagingServiceSid, Body, StatusCallback.
/// Retries (429 and 5xx only, with backoff) come from the resilience handler registered with the client.
/// </summary>
public sealed class TwilioMessagesClient(HttpClient http, IOptions<TwilioOptions> options)
{
    public const string HttpClientName = "twilio";

    public async Task<TwilioSendResult> SendAsync(string to, string body, string? statusCallback, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (string.IsNullOrEmpty(o.AccountSid) || string.IsNullOrEmpty(o.AuthToken))
        {
            throw new InvalidOperationException("Twilio:AccountSid and Twilio:AuthToken are needed to send SMS.");
        }
        var fields = new List<KeyValuePair<string, string>> { new("To", to), new("Body", body) };
        if (!string.IsNullOrEmpty(o.MessagingServiceSid)) fields.Add(new("MessagingServiceSid", o.MessagingServiceSid));
        else if (!string.IsNullOrEmpty(o.From)) fields.Add(new("From", o.From));
        else throw new InvalidOperationException("Twilio:From or Twilio:MessagingServiceSid is needed to send SMS.");
        if (!string.IsNullOrEmpty(statusCallback)) fields.Add(new("StatusCallback", statusCallback));

        var url = $"{o.ApiBaseUrl.TrimEnd('/')}/2010-04-01/Accounts/{Uri.EscapeDataString(o.AccountSid)}/Messages.json";
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{o.AccountSid}:{o.AuthToken}")));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var json = TryParse(text);
        if (response.IsSuccessStatusCode)
        {
            return new TwilioSendResult(true, Get(json, "sid"), Get(json, "status"), (int)response.StatusCode, null, null);
        }
        return new TwilioSendResult(false, null, null, (int)response.StatusCode,
            Get(json, "code") ?? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Get(json, "message") ?? response.ReasonPhrase);
    }

    /// <summary>The statuses worth another try: too many requests and server errors (never 4xx otherwise).</summary>
    public static bool IsTransient(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    private static JsonElement? TryParse(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Get(JsonElement? json, string name) =>
        json is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null
            ? v.ToString()
            : null;
}
