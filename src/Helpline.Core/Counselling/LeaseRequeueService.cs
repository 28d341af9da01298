using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Helpline.Core.Counselling;

/// <summary>
/// Returns tickets with expired leases to the queue even when nobody claims or lists, every quarter of
/// the lease duration (so a ticket is back in the queue at most a quarter lease late).
/// </summary>
public sealed partial class LeaseRequeueService(
    ICounsellorQueue queue,
    IOptions<CounsellorQueueOptions> options,
    TimeProvider timeProvider,
    ILogger<LeaseRequeueService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = options.Value.LeaseDuration / 4;
        using var timer = new PeriodicTimer(period, timeProvider);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var moved = await queue.RequeueExpiredAsync(stoppingToken);
                if (moved > 0) LogRequeued(moved);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Returned {Count} tickets with expired leases to the counsellor queue.")]
    private partial void LogRequeued(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Requeueing expired counsellor leases failed; will retry.")]
    private partial void LogFailed(Exception exception);
}
