using System.Security.Claims;
using Helpline.Core.Counselling;
using Helpline.Core.Counselling.Accounts;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Helpline.Server.Counselling;

/// <summary>
/// The counsellor API (<c>/api/counsellor</c>) and hub (<c>/hubs/counsellor</c>). Login is anonymous and
/// rate-limited per client IP; everything else needs a bearer token with the counsellor or supervisor role,
/// of an account that still exists. Errors are ProblemDetails: 404 unknown ticket, 409 held by another or no
/// longer open, 403 not the holder.
/// </summary>
public static partial class CounsellorApi
{
    public const int MaxMessageLength = 1_600;

    public static IEndpointRouteBuilder MapCounsellorApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/counsellor").WithTags("Counsellor");
        group.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(CounsellorAuthorization.LoginRateLimit);

        var secured = group.MapGroup("").RequireAuthorization(CounsellorAuthorization.Policy).AddEndpointFilter(AccountStillExistsAsync);
        secured.MapGet("/queue", ListQueueAsync);
        secured.MapPost("/tickets/next/claim", ClaimNextAsync);
        secured.MapPost("/tickets/{id}/claim", ClaimAsync);
        secured.MapPost("/tickets/{id}/lease", RenewLeaseAsync);
        secured.MapGet("/tickets/{id}", ReadTicketAsync);
        secured.MapPost("/tickets/{id}/messages", SendMessageAsync);
        secured.MapPost("/tickets/{id}/transfer", TransferAsync);
        secured.MapPost("/tickets/{id}/close", CloseAsync);
        secured.MapGet("/counsellors/online", ListOnlineAsync);

        app.MapHub<CounsellorHub>(CounsellorHub.Path);
        return app;
    }

    public static async Task<IResult> LoginAsync(
        [FromBody] LoginRequest body,
        [FromServices] ICounsellorAccounts accounts,
        [FromServices] IAuditLog audit,
        [FromServices] IOptions<CounsellingOptions> options,
        [FromServices] TimeProvider time,
        [FromServices] ILogger<CounsellorLogin> logger,
        CancellationToken cancellationToken)
    {
        var password = body?.Password ?? "";
        var name = CounsellorNames.Normalize(body?.Name);
        var account = CounsellorNames.IsValid(name) ? await accounts.GetAsync(name, cancellationToken) : null;
        if (account is null)
        {
            CounsellorPasswords.VerifyNothing(password);
            return LoginFailed();
        }
        var now = time.GetUtcNow();
        if (account.IsLocked(now))
        {
            LogLoginWhileLocked(logger, account.Name);
            return LoginFailed();
        }
        if (!CounsellorPasswords.Verify(account, password))
        {
            var o = options.Value;
            var failed = await accounts.RecordFailedLoginAsync(account.Name, o.LockoutThreshold, o.LockoutDuration, now, cancellationToken);
            if (failed.LockedUntil is { } until)
            {
                LogLocked(logger, account.Name, failed.FailedLogins, until);
                await audit.WriteAsync(new AuditEntry(now, account.Name, AuditAction.LoginLocked, null, $"failed={failed.FailedLogins}"), cancellationToken);
            }
            return LoginFailed();
        }

        await accounts.ResetFailedLoginsAsync(account.Name, cancellationToken);
        await audit.WriteAsync(new AuditEntry(now, account.Name, AuditAction.Login, null, null), cancellationToken);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, account.Name),
                new Claim(ClaimTypes.Name, account.Name),
                new Claim(ClaimTypes.Role, account.Role),
            ],
            BearerTokenDefaults.AuthenticationScheme);
        return TypedResults.SignIn(new ClaimsPrincipal(identity), authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
    }

    public static async Task<IResult> ListQueueAsync([FromServices] ICounsellorQueue queue, CancellationToken cancellationToken)
    {
        var open = await queue.ListOpenAsync(cancellationToken);
        return TypedResults.Ok(open.Select(TicketResponse.From).ToList());
    }

    public static async Task<IResult> ClaimNextAsync(
        ClaimsPrincipal user, [FromServices] ICounsellorQueue queue, [FromServices] ICounsellorPresence presence,
        [FromServices] CounsellorRelay relay, CancellationToken cancellationToken)
    {
        var name = CounsellorAuthorization.NameOf(user);
        await presence.MarkOnlineAsync(name, cancellationToken);
        var ticket = await queue.ClaimNextAsync(name, cancellationToken);
        if (ticket is null) return TypedResults.NoContent();
        await relay.AnnounceClaimAsync(ticket, cancellationToken);
        return TypedResults.Ok(TicketResponse.From(ticket));
    }

    public static async Task<IResult> ClaimAsync(
        string id, ClaimsPrincipal user, [FromServices] ICounsellorQueue queue, [FromServices] ICounsellorPresence presence,
        [FromServices] CounsellorRelay relay, CancellationToken cancellationToken)
    {
        var name = CounsellorAuthorization.NameOf(user);
        await presence.MarkOnlineAsync(name, cancellationToken);
        var before = await queue.GetAsync(id, cancellationToken);
        var change = await queue.ClaimAsync(id, name, cancellationToken);
        if (change.Succeeded && change.Ticket is not null && before?.Status == TicketStatus.Waiting)
        {
            await relay.AnnounceClaimAsync(change.Ticket, cancellationToken);
        }
        return ToResult(change);
    }

    public static async Task<IResult> RenewLeaseAsync(
        string id, ClaimsPrincipal user, [FromServices] ICounsellorQueue queue, [FromServices] ICounsellorPresence presence, CancellationToken cancellationToken)
    {
        var name = CounsellorAuthorization.NameOf(user);
        await presence.MarkOnlineAsync(name, cancellationToken);
        return ToResult(await queue.RenewLeaseAsync(id, name, cancellationToken));
    }

    public static async Task<IResult> ReadTicketAsync(
        string id, ClaimsPrincipal user, [FromServices] ICounsellorQueue queue, [FromServices] ITranscriptStore transcripts,
        long? after, CancellationToken cancellationToken)
    {
        var ticket = await queue.GetAsync(id, cancellationToken);
        if (ticket is null) return Problem(StatusCodes.Status404NotFound, "No such ticket.");
        if (!MayRead(ticket, user)) return Problem(StatusCodes.Status403Forbidden, "Another counsellor holds this conversation; only they or a supervisor can read it.");
        var entries = await transcripts.ReadAsync(ticket.Conversation, CounsellorAuthorization.NameOf(user), Math.Max(0, after ?? 0), cancellationToken);
        return TypedResults.Ok(new TicketDetailResponse(TicketResponse.From(ticket), entries.Select(TranscriptEntryResponse.From).ToList()));
    }

    /// <summary>
    /// Who may read a ticket's transcript: any counsellor while it waits (to choose what to take), the
    /// counsellor who holds or held it (or to whom it was transferred), and supervisors. Never a colleague's
    /// conversation in progress.
    /// </summary>
    public static bool MayRead(CounsellorTicket ticket, ClaimsPrincipal user)
    {
        if (user.IsInRole(CounsellorRoles.Supervisor)) return true;
        var me = CounsellorAuthorization.NameOf(user);
        if (string.Equals(ticket.Counsellor, me, StringComparison.Ordinal) || string.Equals(ticket.AssignedTo, me, StringComparison.Ordinal)) return true;
        return ticket.Status == TicketStatus.Waiting && ticket.AssignedTo is null;
    }

    public static async Task<IResult> SendMessageAsync(
        string id, [FromBody] MessageRequest body, ClaimsPrincipal user, [FromServices] CounsellorRelay relay, CancellationToken cancellationToken)
    {
        var text = body?.Text?.Trim();
        if (string.IsNullOrEmpty(text)) return Problem(StatusCodes.Status400BadRequest, "The message is empty.");
        if (text.Length > MaxMessageLength) return Problem(StatusCodes.Status400BadRequest, $"A message is at most {MaxMessageLength} characters.");
        var result = await relay.SendAsync(id, CounsellorAuthorization.NameOf(user), text, cancellationToken);
        if (result.Status != TicketChangeStatus.Changed) return ToResult(new TicketChange(result.Status, null));
        return TypedResults.Ok(new MessageResponse(result.Entry!.Sequence, result.Delivery!.Delivered, result.Delivery.Status, result.Delivery.Error));
    }

    public static async Task<IResult> TransferAsync(
        string id, [FromBody] TransferRequest body, ClaimsPrincipal user, [FromServices] ICounsellorQueue queue,
        [FromServices] ICounsellorAccounts accounts, CancellationToken cancellationToken)
    {
        var name = CounsellorAuthorization.NameOf(user);
        if (string.IsNullOrWhiteSpace(body?.To)) return ToResult(await queue.TransferToQueueAsync(id, name, cancellationToken));
        var to = CounsellorNames.Normalize(body.To);
        if (await accounts.GetAsync(to, cancellationToken) is null) return Problem(StatusCodes.Status400BadRequest, "No counsellor of that name.");
        return ToResult(await queue.TransferToCounsellorAsync(id, name, to, cancellationToken));
    }

    public static async Task<IResult> CloseAsync(
        string id, [FromBody] CloseRequest body, ClaimsPrincipal user, [FromServices] CounsellorRelay relay, CancellationToken cancellationToken)
    {
        if (!TicketOutcomes.TryParse(body?.Outcome, out var outcome) || outcome == TicketOutcome.CancelledByUser)
        {
            return Problem(StatusCodes.Status400BadRequest, "Unknown outcome.",
                "One of advice-given, referred-police, referred-ngo, user-stopped, duplicate, other.");
        }
        var (change, _) = await relay.CloseAsync(id, CounsellorAuthorization.NameOf(user), outcome, cancellationToken);
        return ToResult(change);
    }

    public static async Task<IResult> ListOnlineAsync([FromServices] ICounsellorPresence presence, CancellationToken cancellationToken) =>
        TypedResults.Ok(await presence.ListOnlineAsync(cancellationToken));

    /// <summary>A token outlives nothing: a removed account (or one whose role changed) is refused at once.</summary>
    private static async ValueTask<object?> AccountStillExistsAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var accounts = http.RequestServices.GetRequiredService<ICounsellorAccounts>();
        var name = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var account = name is null ? null : await accounts.GetAsync(name, http.RequestAborted);
        if (account is null) return Problem(StatusCodes.Status401Unauthorized, "The account no longer exists.");
        if (!http.User.IsInRole(account.Role)) return Problem(StatusCodes.Status403Forbidden, "The account's role has changed; log in again.");
        return await next(context);
    }

    private static IResult ToResult(TicketChange change) => change.Status switch
    {
        TicketChangeStatus.Changed or TicketChangeStatus.Unchanged when change.Ticket is not null => TypedResults.Ok(TicketResponse.From(change.Ticket)),
        TicketChangeStatus.Changed or TicketChangeStatus.Unchanged => TypedResults.NoContent(),
        TicketChangeStatus.NotFound => Problem(StatusCodes.Status404NotFound, "No such ticket."),
        TicketChangeStatus.HeldByAnother => Problem(StatusCodes.Status409Conflict, "Another counsellor holds this ticket."),
        TicketChangeStatus.NotOpen => Problem(StatusCodes.Status409Conflict, "The ticket is closed."),
        TicketChangeStatus.NotWaiting => Problem(StatusCodes.Status409Conflict, "The ticket is not waiting."),
        TicketChangeStatus.NotClaimedByYou => Problem(StatusCodes.Status403Forbidden, "You do not hold this ticket (or its lease expired)."),
        _ => Problem(StatusCodes.Status500InternalServerError, "Unexpected ticket state."),
    };

    private static IResult Problem(int status, string title, string? detail = null) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: status);

    private static IResult LoginFailed() => Problem(StatusCodes.Status401Unauthorized, "Wrong name or password, or the account is locked for a while.");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Counsellor {Name}: login refused while the account is locked.")]
    private static partial void LogLoginWhileLocked(ILogger logger, string name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Counsellor {Name}: locked after {Failed} failed logins until {Until:O}.")]
    private static partial void LogLocked(ILogger logger, string name, int failed, DateTimeOffset until);
}

/// <summary>Log category of counsellor logins.</summary>
public sealed class CounsellorLogin;
