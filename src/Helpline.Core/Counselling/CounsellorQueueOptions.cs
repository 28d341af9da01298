namespace Helpline.Core.Counselling;

/// <summary>Timings of the counsellor queue; section <c>CounsellorQueue</c>.</summary>
public sealed class CounsellorQueueOptions
{
    public const string SectionName = "CounsellorQueue";

    /// <summary>How long a claim holds without renewal. The console renews well within this (e.g. every third of it).</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a ticket transferred to a named counsellor waits for them before anyone may take it.</summary>
    public TimeSpan AssignmentTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long closed tickets and transcripts are kept after the last change (data minimisation).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long audit entries are kept.</summary>
    public TimeSpan AuditRetention { get; set; } = TimeSpan.FromDays(365);

    /// <summary>The wait per queue position assumed while there is no claim history.</summary>
    public TimeSpan DefaultWaitPerPosition { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many recent first claims the wait estimate averages over.</summary>
    public int WaitHistorySize { get; set; } = 20;

    /// <summary>At most this many expired leases are requeued by one operation (the rest by the next).</summary>
    public int RequeueBatchSize { get; set; } = 100;

    /// <summary>Throws when a value makes no sense; called at start-up.</summary>
    public void Validate()
    {
        if (LeaseDuration <= TimeSpan.Zero) throw new ArgumentException("LeaseDuration must be positive.");
        if (AssignmentTimeout <= TimeSpan.Zero) throw new ArgumentException("AssignmentTimeout must be positive.");
        if (Retention <= TimeSpan.Zero) throw new ArgumentException("Retention must be positive.");
        if (AuditRetention <= TimeSpan.Zero) throw new ArgumentException("AuditRetention must be positive.");
        if (DefaultWaitPerPosition < TimeSpan.Zero) throw new ArgumentException("DefaultWaitPerPosition must not be negative.");
        if (WaitHistorySize < 1) throw new ArgumentException("WaitHistorySize must be at least 1.");
        if (RequeueBatchSize < 1) throw new ArgumentException("RequeueBatchSize must be at least 1.");
    }
}
