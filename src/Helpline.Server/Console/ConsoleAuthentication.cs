using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Helpline.Core.Counselling.Accounts;

namespace Helpline.Server.Console;

/// <summary>
/// Sign-in for the counsellor console and API. Browsers hold an HttpOnly, SameSite=Strict cookie
/// (<c>__Host-</c>-prefixed and Secure outside Development); other clients send the bearer token from
/// <c>POST /api/counsellor/login</c>. One policy scheme picks the cookie or the bearer handler per request, so
/// every endpoint and the hub accept either. Requests that change something and come with the cookie must
/// carry the antiforgery token in <see cref="CsrfHeaderName"/> (see <see cref="ConsoleAntiforgeryMiddleware"/>).
/// </summary>
public static class ConsoleAuthentication
{
    /// <summary>The default scheme: forwards to <see cref="CookieScheme"/> or the bearer scheme.</summary>
    public const string Scheme = "helpline-console";

    public const string CookieScheme = "helpline-console-cookie";

    public const string BearerScheme = BearerTokenDefaults.AuthenticationScheme;

    public const string CsrfHeaderName = "X-CSRF-TOKEN";

    public static string CookieName(IHostEnvironment environment) =>
        environment.IsDevelopment() ? "helpline-console" : "__Host-helpline-console";

    public static string CsrfCookieName(IHostEnvironment environment) =>
        environment.IsDevelopment() ? "helpline-console-csrf" : "__Host-helpline-console-csrf";

    public static IServiceCollection AddConsoleAuthentication(this IServiceCollection services, IHostEnvironment environment)
    {
        // Registered after the counsellor API's bearer scheme, so this default (cookie or bearer) wins.
        var secure = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
                o.DefaultForbidScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Console cookie or bearer token", o => o.ForwardDefaultSelector = SelectScheme)
            .AddCookie(CookieScheme, o =>
            {
                o.Cookie.Name = CookieName(environment);
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = secure;
                o.Cookie.Path = "/";
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = new ConsoleOptions().SignInLifetime;
                // An API answers 401/403; it never redirects to a login page.
                o.Events.OnRedirectToLogin = c => { c.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
                o.Events.OnRedirectToAccessDenied = c => { c.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
                o.Events.OnValidatePrincipal = ConsoleAccountCheck.ValidateCookieAsync;
            });
        services.AddOptions<CookieAuthenticationOptions>(CookieScheme)
            .Configure<Microsoft.Extensions.Options.IOptions<ConsoleOptions>>((cookie, console) => cookie.ExpireTimeSpan = console.Value.SignInLifetime);

        services.AddAuthorizationBuilder()
            .AddPolicy(ConsolePolicies.Supervisor, p => p.RequireAuthenticatedUser().RequireRole(CounsellorRoles.Supervisor));

        services.AddAntiforgery(o =>
        {
            o.HeaderName = CsrfHeaderName;
            o.Cookie.Name = CsrfCookieName(environment);
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = secure;
            o.Cookie.Path = "/";
        });
        return services;
    }

    /// <summary>The bearer handler when the request carries a token (header, or <c>access_token</c> on the hub) and one is registered; else the cookie.</summary>
    private static string SelectScheme(HttpContext context)
    {
        if (!HasBearerToken(context.Request)) return CookieScheme;
        var schemes = context.RequestServices.GetRequiredService<IAuthenticationSchemeProvider>();
        // The scheme provider answers from memory; GetSchemeAsync completes synchronously.
        return schemes.GetSchemeAsync(BearerScheme).GetAwaiter().GetResult() is null ? CookieScheme : BearerScheme;
    }

    public static bool HasBearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        || (request.Path.StartsWithSegments("/hubs") && request.Query.ContainsKey("access_token"));

    /// <summary>Checks the antiforgery token of a cookie-authenticated request that changes something; bearer requests cannot be forged by another site.</summary>
    public static async Task<bool> IsValidAntiforgeryAsync(HttpContext context)
    {
        if (HasBearerToken(context.Request)) return true;
        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        return await antiforgery.IsRequestValidAsync(context);
    }
}
