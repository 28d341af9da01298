using Helpline.Core.Counselling;
using Microsoft.AspNetCore.SignalR;

namespace Helpline.Server.Counselling;

/// <summary>Forwards every queue change (from any instance) to the consoles connected to this instance as <c>ticketChanged</c>.</summary>
public sealed partial class CounsellorHubRelay(
    IQueueNotifications notifications,
    IHubContext<CounsellorHub> hub,
    CounsellorHubInstance instance,
    ILogger<CounsellorHubRelay> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var subscription = await notifications.SubscribeAsync(Forward, stoppingToken).ConfigureAwait(false);
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            await subscription.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void Forward(QueueChange change)
    {
        var message = new TicketChangeMessage(change.TicketId, KindCode(change.Kind));
        _ = SendAsync(message);
    }

    private async Task SendAsync(TicketChangeMessage message)
    {
        try
        {
            await hub.Clients.Group(instance.Group).SendAsync(CounsellorHub.TicketChangedEvent, message).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            LogFailed(ex, message.TicketId);
        }
    }

    public static string KindCode(QueueChangeKind kind) => kind switch
    {
        QueueChangeKind.MessageAdded => "message-added",
        _ => kind.ToString().ToLowerInvariant(),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not push the change of ticket {TicketId} to the consoles.")]
    private partial void LogFailed(Exception exception, string ticketId);
}
