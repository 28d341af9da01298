using Helpline.Core.Privacy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Helpline.Channels.Sms;

/// <summary>
/// Refuses (403) a webhook whose <c>X-Twilio-Signature</c> is missing or wrong. The URL is the configured
/// public base URL plus the path and query when set (behind a proxy), else the request's own URL after
/// forwarded headers. Logged without the body or the sender's number.
/// </summary>
public sealed class ValidateTwilioSignatureFilter(IOptions<TwilioOptions> options, ILogger<ValidateTwilioSignatureFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var o = options.Value;
        if (!o.ValidateSignatures) return await next(context);

        var request = context.HttpContext.Request;
        if (!request.HasFormContentType)
        {
            logger.LogWarning("Refused a Twilio webhook to {Path}: not a form post.", request.Path);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }
        var form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
        var url = PublicUrl(request, o.WebhookBaseUrl);
        var parameters = form.SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? "")));
        var signature = request.Headers[TwilioSignature.HeaderName].ToString();
        if (!TwilioSignature.IsValid(o.AuthToken ?? "", url, parameters, signature))
        {
            logger.LogWarning("Refused a Twilio webhook to {Path}: {Reason} signature (MessageSid {MessageSid}).",
                request.Path, string.IsNullOrEmpty(signature) ? "missing" : "invalid", form["MessageSid"].ToString());
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }
        return await next(context);
    }

    /// <summary>The URL Twilio signed: the public base URL with this request's path and query, or the request URL.</summary>
    public static string PublicUrl(HttpRequest request, string? publicBaseUrl)
    {
        if (string.IsNullOrEmpty(publicBaseUrl)) return request.GetEncodedUrl();
        return publicBaseUrl.TrimEnd('/') + request.PathBase + request.Path + request.QueryString;
    }
}

public static class TwilioSignatureEndpointExtensions
{
    /// <summary>Checks <c>X-Twilio-Signature</c> before the handler runs.</summary>
    public static TBuilder ValidateTwilioSignature<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, ValidateTwilioSignatureFilter>();
}
