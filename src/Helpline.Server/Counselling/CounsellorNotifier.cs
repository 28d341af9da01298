using Helpline.Core.Counselling;
using Microsoft.AspNetCore.SignalR;

namespace Helpline.Server.Counselling;

/// <summary>Pushes a user's message to the counsellor who holds the ticket, or to every counsellor while it waits.</summary>
public sealed class CounsellorNotifier(IHubContext<CounsellorHub> hub)
{
    public Task UserMessageAsync(CounsellorTicket ticket, TranscriptEntry entry, CancellationToken cancellationToken)
    {
        var clients = ticket is { Status: TicketStatus.Claimed, Counsellor: { } holder }
            ? hub.Clients.User(holder)
            : hub.Clients.Group(CounsellorHub.AllCounsellors);
        return clients.SendAsync(CounsellorHub.UserMessageEvent, ticket.Id, TranscriptEntryResponse.From(entry), cancellationToken);
    }
}
