using Helpline.Server.Counselling;

namespace Helpline.Server.Console;

/// <summary>The authorization policies of the console API (the counsellor API and hub use <see cref="CounsellorAuthorization.Policy"/>).</summary>
public static class ConsolePolicies
{
    /// <summary>Any signed-in counsellor (role counsellor or supervisor): the counsellor API's own policy.</summary>
    public const string Counsellor = CounsellorAuthorization.Policy;

    /// <summary>Supervisors only.</summary>
    public const string Supervisor = "supervisor";
}
