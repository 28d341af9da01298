namespace Helpline.Server.Console;

/// <summary>The antiforgery request token, sent back in the <c>X-CSRF-TOKEN</c> header.</summary>
public sealed record CsrfToken(string Token);
