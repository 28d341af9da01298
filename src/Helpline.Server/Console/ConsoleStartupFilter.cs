namespace Helpline.Server.Console;

/// <summary>
/// Security headers of the console pages (<c>/counsellor</c>) and of the console and counsellor APIs: a strict
/// Content Security Policy (no inline script or style, connections to this origin only, which includes its
/// WebSocket), no framing, no referrer, no caching.
/// </summary>
public sealed class ConsoleStartupFilter : IStartupFilter
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(static (context, nextMiddleware) =>
        {
            var path = context.Request.Path;
            if (IsConsolePage(path))
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XFrameOptions = "DENY";
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers.CacheControl = "no-store";
            }
            else if (IsConsoleApi(path))
            {
                context.Response.Headers.CacheControl = "no-store";
                context.Response.Headers.XContentTypeOptions = "nosniff";
                context.Response.Headers["Referrer-Policy"] = "no-referrer";
            }
            return nextMiddleware(context);
        });
        next(app);
    };

    public static bool IsConsolePage(PathString path) =>
        path.StartsWithSegments("/counsellor") || path.StartsWithSegments("/lib/signalr");

    public static bool IsConsoleApi(PathString path) =>
        path.StartsWithSegments("/api/console") || path.StartsWithSegments("/api/counsellor") || path.StartsWithSegments("/hubs/counsellor");
}
