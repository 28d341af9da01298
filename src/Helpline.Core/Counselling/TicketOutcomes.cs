namespace Helpline.Core.Counselling;

/// <summary>The stable codes of <see cref="TicketOutcome"/>, as stored in Redis and written to the audit stream.</summary>
public static class TicketOutcomes
{
    public static string ToCode(this TicketOutcome outcome) => outcome switch
    {
        TicketOutcome.AdviceGiven => "advice-given",
        TicketOutcome.ReferredPolice => "referred-police",
        TicketOutcome.ReferredNgo => "referred-ngo",
        TicketOutcome.UserStopped => "user-stopped",
        TicketOutcome.Duplicate => "duplicate",
        TicketOutcome.Other => "other",
        TicketOutcome.CancelledByUser => "cancelled-by-user",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public static bool TryParse(string? code, out TicketOutcome outcome)
    {
        foreach (var candidate in Enum.GetValues<TicketOutcome>())
        {
            if (string.Equals(candidate.ToCode(), code, StringComparison.Ordinal))
            {
                outcome = candidate;
                return true;
            }
        }
        outcome = default;
        return false;
    }
}
