namespace Helpline.Server.Counselling;

/// <summary>Escalation to counsellors and the counsellor API; section <c>Counselling</c>.</summary>
public sealed class CounsellingOptions
{
    public const string SectionName = "Counselling";

    /// <summary>When counsellors work. Empty (the default) means always.</summary>
    public OpeningHoursOptions OpeningHours { get; set; } = new();

    /// <summary>How long a counsellor counts as online after their console last connected, renewed a lease or sent a heartbeat.</summary>
    public TimeSpan PresenceTimeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>Failed logins in a row that lock an account.</summary>
    public int LockoutThreshold { get; set; } = 5;

    /// <summary>How long a locked account refuses every login.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Login attempts allowed per client IP per <see cref="LoginWindow"/>.</summary>
    public int LoginPermitsPerWindow { get; set; } = 10;

    public TimeSpan LoginWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a bearer token is valid; the console logs in again after it.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    public void Validate()
    {
        OpeningHours.Validate();
        if (PresenceTimeout <= TimeSpan.Zero) throw new ArgumentException("Counselling:PresenceTimeout must be positive.");
        if (LockoutThreshold < 1) throw new ArgumentException("Counselling:LockoutThreshold must be at least 1.");
        if (LockoutDuration <= TimeSpan.Zero) throw new ArgumentException("Counselling:LockoutDuration must be positive.");
        if (LoginPermitsPerWindow < 1) throw new ArgumentException("Counselling:LoginPermitsPerWindow must be at least 1.");
        if (LoginWindow <= TimeSpan.Zero) throw new ArgumentException("Counselling:LoginWindow must be positive.");
        if (TokenLifetime <= TimeSpan.Zero) throw new ArgumentException("Counselling:TokenLifetime must be positive.");
    }
}
