using Helpline.Core.Counselling;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Helpline.Server.Counselling;

/// <summary>
/// The counsellor console's live connection (<c>/hubs/counsellor</c>, bearer token in the
/// <c>access_token</c> query for WebSockets). Server-to-client events: <c>ticketChanged(change)</c> for
/// every queue change and <c>userMessage(ticketId, entry)</c> for each message of a user. A connected
/// console counts as online; it calls <see cref="Heartbeat"/> to stay so.
/// </summary>
[Authorize(Policy = CounsellorAuthorization.Policy)]
public sealed class CounsellorHub(ICounsellorPresence presence, CounsellorHubInstance instance) : Hub
{
    public const string Path = "/hubs/counsellor";

    /// <summary>Every connected counsellor, on every instance.</summary>
    public const string AllCounsellors = "counsellors";

    public const string TicketChangedEvent = "ticketChanged";
    public const string UserMessageEvent = "userMessage";

    public override async Task OnConnectedAsync()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, AllCounsellors).ConfigureAwait(false);
        await Groups.AddToGroupAsync(Context.ConnectionId, instance.Group).ConfigureAwait(false);
        if (Context.UserIdentifier is { } name)
        {
            instance.Connected(name);
            await presence.MarkOnlineAsync(name, Context.ConnectionAborted).ConfigureAwait(false);
        }
        await base.OnConnectedAsync().ConfigureAwait(false);
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.UserIdentifier is { } name && instance.Disconnected(name))
        {
            await presence.MarkOfflineAsync(name, CancellationToken.None).ConfigureAwait(false);
        }
        await base.OnDisconnectedAsync(exception).ConfigureAwait(false);
    }

    /// <summary>Keeps the counsellor online for another presence timeout.</summary>
    public Task Heartbeat() =>
        Context.UserIdentifier is { } name ? presence.MarkOnlineAsync(name, Context.ConnectionAborted) : Task.CompletedTask;
}
