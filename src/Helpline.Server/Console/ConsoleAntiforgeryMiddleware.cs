namespace Helpline.Server.Console;

/// <summary>
/// Refuses (400) a POST, PUT, PATCH or DELETE to the console, the console API or the counsellor API that comes
/// without a valid antiforgery token in <see cref="ConsoleAuthentication.CsrfHeaderName"/>, unless it carries a
/// bearer token. <c>POST /api/counsellor/login</c> is exempt: it answers a token in the body, never a cookie.
/// Runs after authentication, because the token is bound to the signed-in counsellor.
/// </summary>
public sealed class ConsoleAntiforgeryMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (NeedsToken(context.Request) && !await ConsoleAuthentication.IsValidAntiforgeryAsync(context))
        {
            await Results.Problem(title: "The antiforgery token is missing or not valid.", statusCode: StatusCodes.Status400BadRequest)
                .ExecuteAsync(context);
            return;
        }
        await next(context);
    }

    public static bool NeedsToken(HttpRequest request)
    {
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)) return false;
        var path = request.Path;
        if (path.StartsWithSegments("/api/counsellor/login")) return false;
        return path.StartsWithSegments("/api/console") || path.StartsWithSegments("/api/counsellor") || path.StartsWithSegments("/counsellor");
    }
}
