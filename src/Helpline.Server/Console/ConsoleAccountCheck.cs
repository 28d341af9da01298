using System.Security.Claims;
using Helpline.Core.Counselling.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Helpline.Server.Console;

/// <summary>
/// A sign-in outlives nothing: a removed account, or one whose role changed, loses its console cookie on the next
/// request, and its bearer token is refused by the console API, as the counsellor API refuses it.
/// </summary>
public static class ConsoleAccountCheck
{
    /// <summary>For the cookie handler: rejects (and clears) the cookie of an account that is gone or changed role.</summary>
    public static async Task ValidateCookieAsync(CookieValidatePrincipalContext context)
    {
        if (!await IsCurrentAsync(context.HttpContext, context.Principal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(ConsoleAuthentication.CookieScheme);
        }
    }

    /// <summary>For the console API's endpoints, whichever way the caller signed in.</summary>
    public static async ValueTask<object?> RequireCurrentAccountAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!await IsCurrentAsync(http, http.User))
        {
            return TypedResults.Problem(title: "The account no longer exists or its role has changed; sign in again.", statusCode: StatusCodes.Status401Unauthorized);
        }
        return await next(context);
    }

    private static async Task<bool> IsCurrentAsync(HttpContext http, ClaimsPrincipal? user)
    {
        var name = user?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (name is null) return false;
        var accounts = http.RequestServices.GetRequiredService<ICounsellorAccounts>();
        var account = await accounts.GetAsync(name, http.RequestAborted);
        return account is not null && user!.IsInRole(account.Role);
    }
}
