using System.Security.Claims;
using Helpline.Core.Counselling;
using Helpline.Core.Counselling.Accounts;
using Helpline.Server.Counselling;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Helpline.Server.Console;

/// <summary>
/// The console's cookie sign-in (<c>POST /counsellor/login</c>, JSON <c>{name, password}</c>, antiforgery token
/// required) and sign-out. The password check, lockout, login audit and rate limit are the counsellor API's
/// own (<see cref="CounsellorApi.LoginAsync"/>); only the result differs: an HttpOnly cookie instead of a
/// bearer token in the body, so the page's script never holds a credential.
/// </summary>
public static class ConsoleSignIn
{
    public const string LoginPath = "/counsellor/login";
    public const string LogoutPath = "/counsellor/logout";

    public static IEndpointRouteBuilder MapConsoleSignIn(this IEndpointRouteBuilder app)
    {
        app.MapPost(LoginPath, SignInAsync).AllowAnonymous().RequireRateLimiting(CounsellorAuthorization.LoginRateLimit).WithTags("Console");
        app.MapPost(LogoutPath, SignOutAsync).RequireAuthorization(ConsolePolicies.Counsellor).WithTags("Console");
        return app;
    }

    public static async Task<IResult> SignInAsync(
        [FromBody] LoginRequest body,
        HttpContext context,
        [FromServices] ICounsellorAccounts accounts,
        [FromServices] IAuditLog audit,
        [FromServices] IOptions<CounsellingOptions> options,
        [FromServices] TimeProvider time,
        [FromServices] ILogger<CounsellorLogin> logger,
        CancellationToken cancellationToken)
    {
        var result = await CounsellorApi.LoginAsync(body, accounts, audit, options, time, logger, cancellationToken);
        if (result is not SignInHttpResult { Principal: { } principal }) return result;
        var identity = new ClaimsIdentity(principal.Claims, ConsoleAuthentication.CookieScheme);
        await context.SignInAsync(ConsoleAuthentication.CookieScheme, new ClaimsPrincipal(identity),
            new AuthenticationProperties { IsPersistent = false, AllowRefresh = true });
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> SignOutAsync(HttpContext context, CancellationToken cancellationToken)
    {
        await context.SignOutAsync(ConsoleAuthentication.CookieScheme);
        return TypedResults.NoContent();
    }
}
