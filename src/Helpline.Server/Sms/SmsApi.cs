using Microsoft.AspNetCore.Mvc;
using Helpline.Channels.Sms;
using Helpline.Core.Idempotency;
using Helpline.Core.Privacy;
using Helpline.Core.Sms;
using Helpline.Core.Turns;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Helpline.Server.Sms;

/// <summary>The Twilio webhooks: inbound messages (answered with TwiML) and delivery status callbacks.</summary>
public static class SmsApi
{
    /// <summary>How long a retried webhook waits for the first delivery's turn to finish.</summary>
    private static readonly TimeSpan InProgressWait = TimeSpan.FromSeconds(10);

    /// <summary>How long one delivery may hold its MessageSid before another instance may run it again.</summary>
    private static readonly TimeSpan DeliveryLease = TimeSpan.FromSeconds(60);

    public static IEndpointRouteBuilder MapSmsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sms").WithTags("SMS").DisableAntiforgery();
        group.MapPost("/twilio", ReceiveMessageAsync).ValidateTwilioSignature();
        group.MapPost("/twilio/status", ReceiveStatusAsync).ValidateTwilioSignature();
        return app;
    }

    public static async Task<IResult> ReceiveMessageAsync(
        HttpRequest request,
        [FromServices] HelplineAdapter adapter,
        [FromServices] IBot bot,
        [FromServices] SmsActivityFactory activities,
        [FromServices] IIdempotencyStore deliveries,
        [FromServices] SmsMetrics metrics,
        [FromServices] IOptions<TwilioOptions> options,
        [FromServices] ILogger<SmsWebhook> logger,
        CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType) return Problem("The webhook must be form-encoded.");
        var form = await request.ReadFormAsync(cancellationToken);
        var messageSid = form["MessageSid"].ToString();
        var from = form["From"].ToString();
        if (string.IsNullOrWhiteSpace(messageSid) || string.IsNullOrWhiteSpace(from))
        {
            return Problem("MessageSid and From are required.");
        }

        var key = "sms:" + messageSid;
        var claim = await deliveries.TryBeginAsync(key, DeliveryLease, cancellationToken);
        var waited = TimeSpan.Zero;
        while (claim.Status == IdempotencyStatus.InProgress && waited < InProgressWait)
        {
            await Task.Delay(200, cancellationToken);
            waited += TimeSpan.FromMilliseconds(200);
            claim = await deliveries.TryBeginAsync(key, DeliveryLease, cancellationToken);
        }
        switch (claim.Status)
        {
            case IdempotencyStatus.Completed:
                logger.LogInformation("Repeated webhook for {MessageSid}: answering with the first reply.", messageSid);
                return TwimlResult(claim.Result!);
            case IdempotencyStatus.InProgress:
                // The first delivery is still running and will answer; this one must not run the turn again.
                logger.LogWarning("Repeated webhook for {MessageSid} while the first is still running: empty answer.", messageSid);
                return TwimlResult(Twiml.Empty);
        }

        string twiml;
        try
        {
            var activity = activities.Create(form);
            logger.LogInformation("SMS {MessageSid} from {From} {Body}.", messageSid, Redact.Phone(from), Redact.Body(activity.Text));
            var replies = await adapter.ProcessActivityAsync(activity, bot, cancellationToken);
            var bodies = new List<string>();
            foreach (var reply in replies)
            {
                if (string.IsNullOrWhiteSpace(reply.Text)) continue;
                foreach (var part in SmsSegments.Split(reply.Text))
                {
                    metrics.Sent(SmsSegments.Calculate(part).Segments, "twiml");
                    bodies.Add(part);
                }
            }
            twiml = Twiml.MessagingResponse(bodies);
        }
        catch
        {
            await deliveries.AbandonAsync(key, CancellationToken.None);
            throw;
        }
        await deliveries.CompleteAsync(key, twiml, options.Value.DedupeWindow, CancellationToken.None);
        return TwimlResult(twiml);
    }

    public static async Task<Results<Ok, NotFound, BadRequest<ProblemDetails>>> ReceiveStatusAsync(
        HttpRequest request, [FromServices] ISmsDeliveryLog deliveryLog, [FromServices] ILogger<SmsWebhook> logger, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType) return TypedResults.BadRequest(new ProblemDetails { Title = "The callback must be form-encoded." });
        var form = await request.ReadFormAsync(cancellationToken);
        var sid = form["MessageSid"].ToString();
        var status = form["MessageStatus"].ToString();
        if (sid.Length == 0 || status.Length == 0)
        {
            return TypedResults.BadRequest(new ProblemDetails { Title = "MessageSid and MessageStatus are required." });
        }
        var errorCode = form["ErrorCode"].ToString();
        var known = await deliveryLog.UpdateStatusAsync(sid, status, errorCode.Length == 0 ? null : errorCode, cancellationToken);
        if (!known)
        {
            logger.LogWarning("Status {Status} for unknown message {MessageSid}.", status, sid);
            return TypedResults.NotFound();
        }
        if (SmsDeliveryStatus.IsFailure(status))
        {
            logger.LogError("SMS {MessageSid} was not delivered: {Status} {ErrorCode}. Kept in the failed list.", sid, status, errorCode);
        }
        return TypedResults.Ok();
    }

    private static IResult TwimlResult(string twiml) => Results.Text(twiml, Twiml.ContentType, System.Text.Encoding.UTF8);

    private static IResult Problem(string title) =>
        TypedResults.BadRequest(new ProblemDetails { Title = title, Status = StatusCodes.Status400BadRequest });
}

/// <summary>Log category of the SMS webhooks.</summary>
public sealed class SmsWebhook;
