namespace Helpline.Server.Console;

/// <summary>The authorization policies of the counsellor API, the console API and the counsellor hub.</summary>
public static class ConsolePolicies
{
    /// <summary>Any signed-in counsellor (role counsellor or supervisor).</summary>
    public const string Counsellor = "helpline-counsellor";

    /// <summary>Supervisors only.</summary>
    public const string Supervisor = "helpline-supervisor";
}
