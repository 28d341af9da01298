using System.Security.Claims;

namespace Helpline.Server.Console;

/// <summary>Who is calling, as the console and the audit stream name them.</summary>
public static class ConsoleIdentity
{
    /// <summary>The counsellor's account name (the <see cref="ClaimTypes.Name"/> claim, or <c>name</c>/<c>sub</c> from a token).</summary>
    public static string CounsellorName(this ClaimsPrincipal user) =>
        user.Identity?.Name
        ?? user.FindFirstValue("name")
        ?? user.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new InvalidOperationException("An authorised console request has no counsellor name.");

    public static bool IsSupervisor(this ClaimsPrincipal user) =>
        user.IsInRole(ConsoleRoles.Supervisor) || user.HasClaim("role", ConsoleRoles.Supervisor);

    public static IReadOnlyList<string> ConsoleRolesOf(this ClaimsPrincipal user) =>
        [.. new[] { ConsoleRoles.Counsellor, ConsoleRoles.Supervisor }.Where(r => user.IsInRole(r) || user.HasClaim("role", r))];
}
