using System.Security.Claims;
using Helpline.Core.Counselling.Accounts;

namespace Helpline.Server.Counselling;

/// <summary>The policy every counsellor endpoint and the hub require, and how a counsellor's name is read from the token.</summary>
public static class CounsellorAuthorization
{
    public const string Policy = "counsellor";

    public const string LoginRateLimit = "counsellor-login";

    public static string NameOf(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The token has no counsellor name.");

    public static IReadOnlyList<string> Roles => CounsellorRoles.All;
}
