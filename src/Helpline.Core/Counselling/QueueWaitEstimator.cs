namespace Helpline.Core.Counselling;

/// <summary>
/// Estimates a waiting ticket's wait from recent first claims: the time one queue position took on
/// average (total waited / total positions at enqueue), times the ticket's position. With no history
/// the configured default per position is used. Pure, shared by every queue implementation.
/// </summary>
public static class QueueWaitEstimator
{
    public static TimeSpan PerPosition(IReadOnlyCollection<ClaimWait> recent, TimeSpan defaultPerPosition)
    {
        long positions = 0;
        double waitedMs = 0;
        foreach (var wait in recent)
        {
            positions += Math.Max(1, wait.PositionAtEnqueue);
            waitedMs += Math.Max(0, wait.Waited.TotalMilliseconds);
        }
        return positions == 0 ? defaultPerPosition : TimeSpan.FromMilliseconds(Math.Round(waitedMs / positions));
    }

    public static QueuePosition Estimate(int ahead, IReadOnlyCollection<ClaimWait> recent, TimeSpan defaultPerPosition)
    {
        var position = ahead + 1;
        return new QueuePosition(position, ahead, PerPosition(recent, defaultPerPosition) * position);
    }
}
