using Helpline.Core.Counselling;
using Microsoft.Extensions.Options;

namespace Helpline.Server.Counselling;

/// <summary>Whether a counsellor can answer soon: within opening hours and at least one online.</summary>
public sealed class CounsellorAvailability(ICounsellorPresence presence, IOptions<CounsellingOptions> options, TimeProvider timeProvider)
{
    public async Task<Availability> CheckAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.OpeningHours.IsOpen(timeProvider.GetUtcNow())) return Availability.OutsideHours;
        var online = await presence.ListOnlineAsync(cancellationToken).ConfigureAwait(false);
        return online.Count > 0 ? Availability.Online : Availability.NobodyOnline;
    }
}
