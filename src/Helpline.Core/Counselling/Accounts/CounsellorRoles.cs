namespace Helpline.Core.Counselling.Accounts;

/// <summary>The roles of counsellor accounts. A supervisor can do everything a counsellor can.</summary>
public static class CounsellorRoles
{
    public const string Counsellor = "counsellor";
    public const string Supervisor = "supervisor";

    public static IReadOnlyList<string> All { get; } = [Counsellor, Supervisor];

    public static bool IsKnown(string? role) => role is Counsellor or Supervisor;
}
