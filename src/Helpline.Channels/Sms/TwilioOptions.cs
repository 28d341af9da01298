using System.ComponentModel.DataAnnotations;

namespace Helpline.Channels.Sms;

/// <summary>Twilio account and webhook settings, bound from the <c>Twilio</c> section.</summary>
public sealed class TwilioOptions
{
    public const string SectionName = "Twilio";

    /// <summary>Account SID (<c>AC...</c>): required to send messages through the REST API.</summary>
    public string? AccountSid { get; set; }

    /// <summary>Auth token: signs every webhook and authenticates REST calls. A secret: environment only.</summary>
    public string? AuthToken { get; set; }

    /// <summary>
    /// The public base URL Twilio calls (e.g. <c>https://helpline.example.org</c>) when the service runs
    /// behind a proxy; the signature is computed over this URL plus the request path and query.
    /// Empty: the request's own URL (after forwarded headers).
    /// </summary>
    public string? WebhookBaseUrl { get; set; }

    /// <summary>Base URL of the Messages REST API; tests point it at a local fake.</summary>
    [Required]
    public string ApiBaseUrl { get; set; } = "https://api.twilio.com";

    /// <summary>The sender number (E.164), or use <see cref="MessagingServiceSid"/>.</summary>
    public string? From { get; set; }

    /// <summary>A Messaging Service (<c>MG...</c>) that picks the sender; preferred over <see cref="From"/>.</summary>
    public string? MessagingServiceSid { get; set; }

    /// <summary>Checks <c>X-Twilio-Signature</c>. May be switched off only in the Development environment.</summary>
    public bool ValidateSignatures { get; set; } = true;

    /// <summary>Largest inbound webhook body accepted, in bytes.</summary>
    [Range(1024, 1_048_576)]
    public int MaxRequestBytes { get; set; } = 64 * 1024;

    /// <summary>How long a MessageSid's reply is remembered, so a retried webhook gets the same answer.</summary>
    public TimeSpan DedupeWindow { get; set; } = TimeSpan.FromHours(24);
}
