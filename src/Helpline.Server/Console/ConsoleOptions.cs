namespace Helpline.Server.Console;

/// <summary>Settings of the counsellor console; section <c>Console</c>.</summary>
public sealed class ConsoleOptions
{
    public const string SectionName = "Console";

    /// <summary>The supervisor view highlights tickets that have waited longer than this.</summary>
    public int WaitingAlertMinutes { get; set; } = 10;

    /// <summary>The longest private note a counsellor may save.</summary>
    public int MaxNoteLength { get; set; } = 2000;

    /// <summary>The longest reply text the segment counter accepts (a reply longer than this is refused anyway).</summary>
    public int MaxReplyLength { get; set; } = 1600;

    /// <summary>How long a console sign-in lasts without activity.</summary>
    public TimeSpan SignInLifetime { get; set; } = TimeSpan.FromHours(10);

    public void Validate()
    {
        if (WaitingAlertMinutes < 1) throw new ArgumentException("Console:WaitingAlertMinutes must be at least 1.");
        if (MaxNoteLength < 1) throw new ArgumentException("Console:MaxNoteLength must be at least 1.");
        if (MaxReplyLength < 1) throw new ArgumentException("Console:MaxReplyLength must be at least 1.");
        if (SignInLifetime <= TimeSpan.Zero) throw new ArgumentException("Console:SignInLifetime must be positive.");
    }
}
