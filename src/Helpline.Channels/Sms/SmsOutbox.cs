using Helpline.Core.Privacy;
using Helpline.Core.Sms;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Helpline.Channels.Sms;

/// <summary>
/// Sends SMS outside a webhook reply (a counsellor's answer): respects opt-out, splits long text, counts
/// segments, records each message in the delivery log, and keeps a send that finally fails (after the
/// client's retries) in the failed list with its body so staff can see and resend it.
/// </summary>
public sealed class SmsOutbox(
    TwilioMessagesClient client,
    ISmsOptOutStore optOuts,
    ISmsDeliveryLog deliveryLog,
    SmsMetrics metrics,
    IOptions<TwilioOptions> options,
    TimeProvider timeProvider,
    ILogger<SmsOutbox> logger)
{
    public async Task<SmsSendOutcome> SendAsync(string conversationId, string to, string text, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(to);
        ArgumentNullException.ThrowIfNull(text);
        var now = timeProvider.GetUtcNow();
        if (await optOuts.IsOptedOutAsync(to, cancellationToken).ConfigureAwait(false))
        {
            logger.LogInformation("SMS to {To} not sent: the number opted out.", Redact.Phone(to));
            await deliveryLog.RecordAsync(new SmsDeliveryRecord
            {
                Id = Guid.NewGuid().ToString("N"), ConversationId = conversationId, Status = SmsDeliveryStatus.Suppressed,
                CreatedAt = now, UpdatedAt = now,
            }, cancellationToken).ConfigureAwait(false);
            return new SmsSendOutcome(SmsDeliveryStatus.Suppressed, [], 0, "opted-out");
        }

        var sids = new List<string>();
        var totalSegments = 0;
        foreach (var part in SmsSegments.Split(text))
        {
            var segments = SmsSegments.Calculate(part).Segments;
            var id = Guid.NewGuid().ToString("N");
            TwilioSendResult result;
            try
            {
                result = await client.SendAsync(to, part, StatusCallbackUrl(), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException && !cancellationToken.IsCancellationRequested)
            {
                result = new TwilioSendResult(false, null, null, 0, "network", ex.GetType().Name);
            }
            if (!result.Accepted)
            {
                metrics.Failed();
                logger.LogError("SMS to {To} failed after retries: HTTP {Status}, code {Code}. Kept in the failed list.",
                    Redact.Phone(to), result.HttpStatus, result.ErrorCode);
                await deliveryLog.RecordAsync(new SmsDeliveryRecord
                {
                    Id = id, ConversationId = conversationId, Status = SmsDeliveryStatus.Failed, Segments = segments,
                    ErrorCode = result.ErrorCode, Error = result.ErrorMessage, To = to, Body = part,
                    CreatedAt = now, UpdatedAt = timeProvider.GetUtcNow(),
                }, cancellationToken).ConfigureAwait(false);
                return new SmsSendOutcome(SmsDeliveryStatus.Failed, sids, totalSegments, result.ErrorMessage ?? result.ErrorCode);
            }
            metrics.Sent(segments, "rest");
            totalSegments += segments;
            sids.Add(result.MessageSid ?? id);
            await deliveryLog.RecordAsync(new SmsDeliveryRecord
            {
                Id = id, ConversationId = conversationId, MessageSid = result.MessageSid, Status = result.Status ?? SmsDeliveryStatus.Queued,
                Segments = segments, CreatedAt = now, UpdatedAt = timeProvider.GetUtcNow(),
            }, cancellationToken).ConfigureAwait(false);
        }
        return new SmsSendOutcome(SmsDeliveryStatus.Queued, sids, totalSegments, null);
    }

    private string? StatusCallbackUrl()
    {
        var baseUrl = options.Value.WebhookBaseUrl;
        return string.IsNullOrEmpty(baseUrl) ? null : baseUrl.TrimEnd('/') + SmsRoutes.StatusCallback;
    }
}
