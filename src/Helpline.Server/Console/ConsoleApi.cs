using System.Globalization;
using Helpline.Core;
using Helpline.Core.Counselling;
using Helpline.Core.Privacy;
using Helpline.Core.Sms;
using Helpline.Dialogs.Directory;
using Helpline.Locales;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Helpline.Server.Console;

/// <summary>
/// What the counsellor console needs beyond the counsellor API (<c>/api/counsellor</c>): its strings, the
/// session and antiforgery token, the SMS segment counter, the conversation view (transcript, job-offer
/// highlights, notes, canned replies), private notes, the number reveal and the supervisor view.
/// Everything under <c>/api/console</c> requires a counsellor; the supervisor view a supervisor. View, note and
/// reveal are written to the audit stream with the counsellor's name.
/// </summary>
public static class ConsoleApi
{
    /// <summary>Paths under the console's surface that a signed-out visitor may call: the page's strings and a token for the sign-in form.</summary>
    public static readonly IReadOnlySet<string> AnonymousRoutes = new HashSet<string>(StringComparer.Ordinal)
    {
        "/api/console/strings",
        "/api/console/antiforgery",
        ConsoleSignIn.LoginPath,
    };

    public static IEndpointRouteBuilder MapConsoleApi(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/console").WithTags("Console");
        open.MapGet("/strings", GetStrings).AllowAnonymous();
        open.MapGet("/antiforgery", GetAntiforgeryToken).AllowAnonymous();

        var console = app.MapGroup("/api/console").WithTags("Console").RequireAuthorization(ConsolePolicies.Counsellor)
            .AddEndpointFilter(ConsoleAccountCheck.RequireCurrentAccountAsync);
        console.MapGet("/session", GetSession);
        console.MapPost("/segments", CountSegments);
        console.MapGet("/tickets/{id}", ViewTicketAsync);
        console.MapGet("/tickets/{id}/messages", ReadMessagesAsync);
        console.MapPost("/tickets/{id}/notes", AddNoteAsync);
        console.MapPost("/tickets/{id}/reveal", RevealNumberAsync);

        var supervisor = app.MapGroup("/api/console/supervisor").WithTags("Console").RequireAuthorization(ConsolePolicies.Supervisor)
            .AddEndpointFilter(ConsoleAccountCheck.RequireCurrentAccountAsync);
        supervisor.MapGet("/", GetSupervisorOverviewAsync);

        app.MapConsoleSignIn();
        return app;
    }

    /// <summary>The console's texts in one of the counsellors' languages (en, ro, sq, uk); anything else gets English.</summary>
    public static IResult GetStrings(string? culture, [FromServices] IStringLocalizer<ConsoleStrings> localizer)
    {
        var name = HelplineLanguages.Normalize(culture) is { } c && ConsoleCultures.Contains(HelplineLanguages.BaseLanguage(c))
            ? HelplineLanguages.BaseLanguage(c)
            : HelplineLanguages.English;
        var strings = InCulture(name, () => localizer.GetAllStrings(includeParentCultures: true)
            .GroupBy(s => s.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal));
        return Results.Json(new { culture = name, strings });
    }

    /// <summary>The languages the console speaks: the counsellors' own.</summary>
    public static readonly IReadOnlyList<string> ConsoleCultures =
        [HelplineLanguages.English, HelplineLanguages.Romanian, HelplineLanguages.Albanian, HelplineLanguages.Ukrainian];

    public static Ok<CsrfToken> GetAntiforgeryToken(HttpContext context, [FromServices] IAntiforgery antiforgery) =>
        TypedResults.Ok(new CsrfToken(antiforgery.GetAndStoreTokens(context).RequestToken!));

    public static Ok<ConsoleSession> GetSession(
        HttpContext context,
        [FromServices] IAntiforgery antiforgery,
        [FromServices] IOptions<CounsellorQueueOptions> queueOptions,
        [FromServices] IOptions<ConsoleOptions> consoleOptions)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var renew = Math.Max(1, (int)(queueOptions.Value.LeaseDuration.TotalSeconds / 3));
        return TypedResults.Ok(new ConsoleSession(
            context.User.CounsellorName(), context.User.ConsoleRolesOf(), tokens.RequestToken!, renew, consoleOptions.Value.WaitingAlertMinutes));
    }

    public static Results<Ok<SegmentCountResult>, BadRequest<ProblemDetails>> CountSegments(SegmentRequest request, [FromServices] IOptions<ConsoleOptions> options)
    {
        var text = request.Text ?? "";
        if (text.Length > options.Value.MaxReplyLength) return Problem($"A reply is at most {options.Value.MaxReplyLength} characters.");
        var count = SmsSegments.Calculate(text);
        return TypedResults.Ok(new SegmentCountResult(
            count.Encoding == SmsEncoding.Gsm7 ? "gsm7" : "ucs2", count.Segments, count.Units, count.Segments > 2));
    }

    /// <summary>Opens the conversation view (audited as <c>view</c>; the transcript read as <c>read</c>). Only the holder or a supervisor.</summary>
    public static async Task<Results<Ok<ConsoleTicketView>, NotFound, ForbidHttpResult>> ViewTicketAsync(
        string id,
        HttpContext context,
        [FromServices] ICounsellorQueue queue,
        [FromServices] ITranscriptStore transcripts,
        [FromServices] IAuditLog audit,
        [FromServices] ITicketNotes notes,
        [FromServices] OfferHighlighter offers,
        [FromServices] IStringLocalizer<CannedReplyStrings> canned,
        [FromServices] HelplineDirectory directory,
        [FromServices] TimeProvider time,
        CancellationToken cancellationToken)
    {
        var ticket = await queue.GetAsync(id, cancellationToken);
        if (ticket is null) return TypedResults.NotFound();
        var me = context.User.CounsellorName();
        if (!MayOpen(ticket, context)) return TypedResults.Forbid();

        await audit.WriteAsync(new AuditEntry(time.GetUtcNow(), me, AuditAction.View, ticket.Id, null), cancellationToken);
        var entries = await transcripts.ReadAsync(ticket.Conversation, me, 0, cancellationToken);
        var view = new ConsoleTicketView(
            Summary(ticket),
            [.. entries.Select(Line)],
            offers.Check(entries, ticket.Country, ticket.Culture),
            await notes.ListAsync(ticket.Id, cancellationToken),
            CannedReplies(ticket, canned, directory));
        return TypedResults.Ok(view);
    }

    /// <summary>The entries after <paramref name="after"/> (a live update), with the offer checks of new user messages.</summary>
    public static async Task<Results<Ok<ConsoleMessages>, NotFound, ForbidHttpResult>> ReadMessagesAsync(
        string id,
        long? after,
        HttpContext context,
        [FromServices] ICounsellorQueue queue,
        [FromServices] ITranscriptStore transcripts,
        [FromServices] OfferHighlighter offers,
        CancellationToken cancellationToken)
    {
        var ticket = await queue.GetAsync(id, cancellationToken);
        if (ticket is null) return TypedResults.NotFound();
        if (!MayOpen(ticket, context)) return TypedResults.Forbid();
        var entries = await transcripts.ReadAsync(ticket.Conversation, context.User.CounsellorName(), Math.Max(0, after ?? 0), cancellationToken);
        return TypedResults.Ok(new ConsoleMessages([.. entries.Select(Line)], offers.Check(entries, ticket.Country, ticket.Culture)));
    }

    /// <summary>Adds a private note (audited as <c>note</c>, without its text). Only the holder or a supervisor.</summary>
    public static async Task<Results<Ok<TicketNote>, NotFound, ForbidHttpResult, BadRequest<ProblemDetails>>> AddNoteAsync(
        string id,
        NoteRequest request,
        HttpContext context,
        [FromServices] ICounsellorQueue queue,
        [FromServices] ITicketNotes notes,
        [FromServices] IAuditLog audit,
        [FromServices] IOptions<ConsoleOptions> options,
        [FromServices] TimeProvider time,
        CancellationToken cancellationToken)
    {
        var text = request.Text?.Trim();
        if (string.IsNullOrEmpty(text)) return Problem("A note needs some text.");
        if (text.Length > options.Value.MaxNoteLength) return Problem($"A note is at most {options.Value.MaxNoteLength} characters.");
        var ticket = await queue.GetAsync(id, cancellationToken);
        if (ticket is null) return TypedResults.NotFound();
        if (!MayOpen(ticket, context)) return TypedResults.Forbid();
        var me = context.User.CounsellorName();
        var note = new TicketNote(time.GetUtcNow(), me, text);
        await notes.AddAsync(ticket.Id, note, cancellationToken);
        await audit.WriteAsync(new AuditEntry(note.Time, me, AuditAction.Note, ticket.Id, null), cancellationToken);
        return TypedResults.Ok(note);
    }

    /// <summary>Shows the user's phone number (SMS conversations only), audited as <c>reveal-number</c>. Only the holder or a supervisor.</summary>
    public static async Task<Results<Ok<RevealedNumber>, NotFound, ForbidHttpResult, BadRequest<ProblemDetails>>> RevealNumberAsync(
        string id,
        HttpContext context,
        [FromServices] ICounsellorQueue queue,
        [FromServices] IAuditLog audit,
        [FromServices] TimeProvider time,
        CancellationToken cancellationToken)
    {
        var ticket = await queue.GetAsync(id, cancellationToken);
        if (ticket is null) return TypedResults.NotFound();
        if (!MayOpen(ticket, context)) return TypedResults.Forbid();
        if (!HasPhoneNumber(ticket)) return Problem("This conversation has no phone number.");
        await audit.WriteAsync(new AuditEntry(time.GetUtcNow(), context.User.CounsellorName(), AuditAction.RevealNumber, ticket.Id, null), cancellationToken);
        return TypedResults.Ok(new RevealedNumber(ticket.Conversation.UserAddressId));
    }

    /// <summary>Every open ticket with its holder and waiting time, flagged over <see cref="ConsoleOptions.WaitingAlertMinutes"/>; who is online.</summary>
    public static async Task<Ok<SupervisorOverview>> GetSupervisorOverviewAsync(
        [FromServices] ICounsellorQueue queue,
        [FromServices] IOptions<ConsoleOptions> options,
        [FromServices] TimeProvider time,
        [FromServices] ICounsellorPresence presence,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var threshold = options.Value.WaitingAlertMinutes;
        var open = await queue.ListOpenAsync(cancellationToken);
        var tickets = open.Select(t =>
        {
            var waited = (now - t.EnqueuedAt).TotalMinutes;
            return new SupervisorTicket(Summary(t), Math.Round(waited, 1), t.Status == TicketStatus.Waiting && waited > threshold);
        }).ToList();
        var online = await presence.ListOnlineAsync(cancellationToken);
        return TypedResults.Ok(new SupervisorOverview(now, threshold, tickets, online));
    }

    public static ConsoleTicketSummary Summary(CounsellorTicket ticket) => new(
        ticket.Id,
        ticket.Priority.ToString(),
        ticket.Status.ToString().ToLowerInvariant(),
        ticket.Channel,
        ticket.Culture,
        ticket.Country,
        ticket.SafetyCategories,
        ticket.EnqueuedAt,
        ticket.Counsellor,
        ticket.LeaseExpiresAt,
        ticket.AssignedTo,
        HasPhoneNumber(ticket) ? Redact.Phone(ticket.Conversation.UserAddressId) : null,
        HasPhoneNumber(ticket));

    /// <summary>The holder of a claimed ticket may open it; a supervisor may open any.</summary>
    public static bool MayOpen(CounsellorTicket ticket, HttpContext context) => MayOpen(ticket, context.User);

    /// <summary>The holder of a claimed ticket may read it; a supervisor may read any. Used by the console and the JSON API alike.</summary>
    public static bool MayOpen(CounsellorTicket ticket, System.Security.Claims.ClaimsPrincipal user) =>
        user.IsSupervisor()
        || (ticket.Status == TicketStatus.Claimed && string.Equals(ticket.Counsellor, user.CounsellorName(), StringComparison.Ordinal));

    public static bool HasPhoneNumber(CounsellorTicket ticket) =>
        string.Equals(ticket.Channel, "sms", StringComparison.Ordinal) && ticket.Conversation.UserAddressId.StartsWith('+');

    /// <summary>Greeting, "are you safe now?" and the national numbers of the user's country, in the user's culture (ro-MD reads ro).</summary>
    public static IReadOnlyList<CannedReply> CannedReplies(CounsellorTicket ticket, IStringLocalizer<CannedReplyStrings> localizer, HelplineDirectory directory)
    {
        var culture = HelplineLanguages.Normalize(ticket.Culture) ?? HelplineLanguages.Default;
        var contacts = new[] { directory.Emergency(ticket.Country), directory.ChildHelpline(ticket.Country), directory.AntiTrafficking(ticket.Country) }
            .OfType<HelplineContact>()
            .Where(c => c.IsVerified)
            .DistinctBy(c => c.Number)
            .Select(c => $"{c.Number} ({c.LocalName})");
        var numbers = string.Join("; ", contacts);
        return InCulture(culture, () =>
        {
            var replies = new List<CannedReply>
            {
                new("Canned.Greeting", localizer["Canned.Greeting"]),
                new("Canned.SafeNow", localizer["Canned.SafeNow"]),
            };
            if (numbers.Length > 0) replies.Add(new("Canned.Numbers", localizer["Canned.Numbers", numbers]));
            return replies;
        });
    }

    private static ConsoleTranscriptLine Line(TranscriptEntry e) =>
        new(e.Sequence, e.Time, e.Author.ToString().ToLowerInvariant(), e.CounsellorName, e.Text);

    private static T InCulture<T>(string culture, Func<T> read)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static BadRequest<ProblemDetails> Problem(string title) =>
        TypedResults.BadRequest(new ProblemDetails { Title = title, Status = StatusCodes.Status400BadRequest });
}
