using Microsoft.AspNetCore.StaticFiles;

namespace Helpline.Server.DirectLine;

/// <summary>
/// Puts what the Direct Line stream and the web chat page need at the front of the pipeline: WebSockets,
/// the page's security headers (CSP without inline scripts, no referrer, no caching of the page) and the
/// static files of <c>wwwroot</c> with <c>/</c> serving <c>index.html</c>.
/// </summary>
public sealed class DirectLineStartupFilter : IStartupFilter
{
    /// <summary>
    /// Web Chat renders with inline styles (emotion) and shows images from data/blob URLs; scripts only
    /// from this site. The stream is same-origin (ws/wss).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; media-src 'self' data: blob:; connect-src 'self' ws: wss:; object-src 'none'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.Use(static (context, nextMiddleware) =>
        {
            var path = context.Request.Path;
            if (IsPage(path))
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                headers.XFrameOptions = "DENY";
                if (path == "/" || path.StartsWithSegments("/index.html")) headers.CacheControl = "no-store";
            }
            else if (path.StartsWithSegments("/v3/directline") || path.StartsWithSegments("/api/webchat"))
            {
                context.Response.Headers.CacheControl = "no-store";
                context.Response.Headers.XContentTypeOptions = "nosniff";
            }
            return nextMiddleware(context);
        });
        // The Web Chat bundle is 1.9 MB; compressed it is about a quarter of that. Only static scripts are
        // compressed, never API answers that hold tokens next to user text.
        app.UseWhen(static c => c.Request.Path.StartsWithSegments("/lib") || c.Request.Path.StartsWithSegments("/webchat"),
            static branch => branch.UseResponseCompression());
        app.UseDefaultFiles();
        var types = new FileExtensionContentTypeProvider();
        app.UseStaticFiles(new StaticFileOptions { ContentTypeProvider = types });
        next(app);
    };

    private static bool IsPage(PathString path) =>
        path == "/" || path.StartsWithSegments("/index.html") || path.StartsWithSegments("/webchat") || path.StartsWithSegments("/lib");
}
