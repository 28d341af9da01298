using Helpline.Core.Counselling;

namespace Helpline.Server.Console;

/// <summary>Who is online for the supervisor view: the counsellors holding a ticket now.</summary>
public static class ConsolePresence
{
    public static Task<IReadOnlyList<string>> OnlineAsync(IServiceProvider services, IReadOnlyList<CounsellorTicket> open, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> holders = [.. open.Where(t => t.Status == TicketStatus.Claimed && t.Counsellor is not null)
            .Select(t => t.Counsellor!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        return Task.FromResult(holders);
    }
}
