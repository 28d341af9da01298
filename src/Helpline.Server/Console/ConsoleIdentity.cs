using System.Security.Claims;
using Helpline.Core.Counselling.Accounts;
using Helpline.Server.Counselling;

namespace Helpline.Server.Console;

/// <summary>Who is calling, as the console and the audit stream name them (the same claims for cookie and bearer).</summary>
public static class ConsoleIdentity
{
    public static string CounsellorName(this ClaimsPrincipal user) => CounsellorAuthorization.NameOf(user);

    public static bool IsSupervisor(this ClaimsPrincipal user) => user.IsInRole(CounsellorRoles.Supervisor);

    public static IReadOnlyList<string> ConsoleRolesOf(this ClaimsPrincipal user) => [.. CounsellorRoles.All.Where(user.IsInRole)];
}
