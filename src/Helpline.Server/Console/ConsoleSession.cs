namespace Helpline.Server.Console;

/// <summary>Who is signed in, the antiforgery token for the page's POSTs, and the timings the page needs.</summary>
public sealed record ConsoleSession(string Name, IReadOnlyList<string> Roles, string CsrfToken, int LeaseRenewSeconds, int WaitingAlertMinutes);
