using System.Globalization;
using System.Text.Json;
using Helpline.Channels.DirectLine;
using Helpline.Core;
using Helpline.Core.Schema;
using Helpline.Locales;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Helpline.Server.DirectLine;

/// <summary>
/// The Direct Line 3.0 REST API and stream (the subset Web Chat and DirectLineJS use), and the web chat
/// page's own token and strings endpoints. Errors are Direct Line <c>ErrorResponse</c> bodies.
/// </summary>
public static class DirectLineApi
{
    public static IEndpointRouteBuilder MapDirectLineApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v3/directline");
        api.MapPost("/tokens/generate", GenerateTokenAsync);
        api.MapPost("/tokens/refresh", RefreshToken);
        api.MapPost("/conversations", StartConversationAsync);
        api.MapGet("/conversations/{conversationId}", ReconnectAsync);
        api.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        api.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        api.Map("/conversations/{conversationId}/stream", StreamAsync);

        var webchat = app.MapGroup("/api/webchat");
        webchat.MapPost("/token", WebChatTokenAsync);
        webchat.MapGet("/strings", WebChatStrings);

        app.MapBotFrameworkApi();
        return app;
    }

    /// <summary>A token for a new conversation, for a trusted server holding the site secret.</summary>
    public static async Task<IResult> GenerateTokenAsync(HttpContext context, DirectLineTokenService tokens, TimeProvider time)
    {
        if (!tokens.IsSiteSecret(Bearer(context))) return Error(StatusCodes.Status403Forbidden, "Forbidden", "The site secret is required.");
        var userId = DirectLineIds.NewUserId();
        if (context.Request.ContentLength is > 0 and < 4096)
        {
            try
            {
                using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
                if (body.RootElement.TryGetProperty("user", out var user) && user.TryGetProperty("id", out var id) &&
                    DirectLineIds.IsWellFormed(id.GetString()))
                {
                    userId = id.GetString()!;
                }
            }
            catch (JsonException)
            {
                return Error(StatusCodes.Status400BadRequest, "BadArgument", "The body is not valid JSON.");
            }
        }
        var issued = tokens.Issue(DirectLineIds.NewConversationId(), userId);
        return Json(new DirectLineConversationInfo(issued.Grant.ConversationId, issued.Token, issued.ExpiresInSeconds(time.GetUtcNow())));
    }

    /// <summary>A fresh token for the same conversation and user; an expired or foreign token gets 403.</summary>
    public static IResult RefreshToken(HttpContext context, DirectLineTokenService tokens, TimeProvider time)
    {
        var grant = tokens.Validate(Bearer(context));
        if (grant is null) return Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token is not valid or has expired.");
        var issued = tokens.Issue(grant.ConversationId, grant.UserId);
        return Json(new DirectLineConversationInfo(grant.ConversationId, issued.Token, issued.ExpiresInSeconds(time.GetUtcNow())));
    }

    /// <summary>
    /// Starts the conversation a token is bound to (201, or 200 when it was started already); with the site
    /// secret, a new conversation for a new user.
    /// </summary>
    public static async Task<IResult> StartConversationAsync(HttpContext context, DirectLineTokenService tokens,
        DirectLineConversations conversations, TimeProvider time, IOptions<DirectLineOptions> options)
    {
        var bearer = Bearer(context);
        DirectLineToken? grant = tokens.IsSiteSecret(bearer)
            ? tokens.Issue(DirectLineIds.NewConversationId(), DirectLineIds.NewUserId()).Grant
            : tokens.Validate(bearer);
        if (grant is null) return Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token is not valid or has expired.");

        string? locale = null;
        if (context.Request.ContentLength is > 0 and < 4096)
        {
            try
            {
                using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
                if (body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("locale", out var l) && l.ValueKind == JsonValueKind.String)
                {
                    locale = l.GetString() is { Length: <= 20 } s ? s : null;
                }
            }
            catch (JsonException)
            {
                return Error(StatusCodes.Status400BadRequest, "BadArgument", "The body is not valid JSON.");
            }
        }

        var start = await conversations.StartAsync(grant, locale, context.RequestAborted);
        var conversation = start.Conversation;
        if (conversation.UserId != grant.UserId) return Error(StatusCodes.Status403Forbidden, "Forbidden", "The token does not grant this conversation.");
        var issued = tokens.Issue(conversation.ConversationId, conversation.UserId);
        var info = new DirectLineConversationInfo(conversation.ConversationId, issued.Token, issued.ExpiresInSeconds(time.GetUtcNow()),
            StreamUrl(context, options.Value, conversation.ConversationId, issued.Token, 0));
        return Json(info, start.IsNew ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary>Reconnect: a fresh token and a stream URL starting after the client's watermark.</summary>
    public static async Task<IResult> ReconnectAsync(HttpContext context, string conversationId, string? watermark,
        DirectLineTokenService tokens, IDirectLineStore store, TimeProvider time, IOptions<DirectLineOptions> options)
    {
        var (conversation, error) = await AuthorizeAsync(context, conversationId, tokens, store);
        if (conversation is null) return error!;
        var issued = tokens.Issue(conversation.ConversationId, conversation.UserId);
        return Json(new DirectLineConversationInfo(conversation.ConversationId, issued.Token, issued.ExpiresInSeconds(time.GetUtcNow()),
            StreamUrl(context, options.Value, conversation.ConversationId, issued.Token, ParseWatermark(watermark) ?? 0)));
    }

    /// <summary>Stores the user's activity and runs the turn; answers with the activity's id.</summary>
    public static async Task<IResult> PostActivityAsync(HttpContext context, string conversationId, DirectLineTokenService tokens,
        IDirectLineStore store, DirectLineConversations conversations, DirectLineRateLimits limits,
        IOptions<DirectLineOptions> options, IHostApplicationLifetime lifetime)
    {
        var (conversation, error) = await AuthorizeAsync(context, conversationId, tokens, store);
        if (conversation is null) return error!;
        var max = options.Value.MaxActivityBytes;
        if (context.Request.ContentLength > max) return Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The activity is too large.");
        if (!limits.TryPostActivity(conversationId)) return Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many activities; try again in a minute.");

        var bytes = await RequestBody.ReadBoundedAsync(context.Request.Body, max, context.RequestAborted);
        if (bytes is null) return Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The activity is too large.");
        Activity? posted;
        try
        {
            posted = JsonSerializer.Deserialize<Activity>(bytes, ActivityJson.Options);
        }
        catch (JsonException)
        {
            posted = null;
        }
        if (posted is null) return Error(StatusCodes.Status400BadRequest, "BadArgument", "The body is not an activity.");
        if (posted.Type is not (ActivityTypes.Message or ActivityTypes.Event or ActivityTypes.Typing))
        {
            return Error(StatusCodes.Status400BadRequest, "BadArgument", "Only message, event and typing activities can be posted.");
        }
        if (posted.Text is { } text && text.Length > options.Value.MaxTextLength)
        {
            return Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The message text is too long.");
        }

        // The turn runs to its end even if the browser goes away: the message is stored and deserves an answer.
        string? id;
        try
        {
            id = await conversations.PostAsync(conversation, posted, lifetime.ApplicationStopping);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // As Direct Line answers when the bot fails: the activity is stored, the turn did not complete.
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DirectLineApi))
                .LogError(ex, "A web chat turn failed.");
            return Error(StatusCodes.Status502BadGateway, "BotError", "The bot could not answer.");
        }
        if (id is null) return Error(StatusCodes.Status409Conflict, "ConversationFull", "The conversation holds the maximum number of activities.");
        return Json(new Dictionary<string, string> { ["id"] = id });
    }

    /// <summary>Activities after the watermark, for clients that poll.</summary>
    public static async Task<IResult> GetActivitiesAsync(HttpContext context, string conversationId, string? watermark,
        DirectLineTokenService tokens, IDirectLineStore store, IOptions<DirectLineOptions> options)
    {
        var (conversation, error) = await AuthorizeAsync(context, conversationId, tokens, store);
        if (conversation is null) return error!;
        var after = ParseWatermark(watermark);
        if (after is null && !string.IsNullOrEmpty(watermark)) return Error(StatusCodes.Status400BadRequest, "BadArgument", "The watermark is not valid.");
        var set = await store.GetActivitiesAsync(conversationId, after ?? 0, options.Value.MaxActivitiesPerGet, context.RequestAborted);
        return Json(set);
    }

    /// <summary>The WebSocket stream of ActivitySets; the token comes in the <c>t</c> query parameter of the stream URL.</summary>
    public static async Task StreamAsync(HttpContext context, string conversationId, DirectLineTokenService tokens,
        IDirectLineStore store, DirectLineStreams streams)
    {
        var token = context.Request.Query["t"].ToString();
        var grant = tokens.Validate(string.IsNullOrEmpty(token) ? Bearer(context) : token);
        IResult? refusal = null;
        if (!context.WebSockets.IsWebSocketRequest) refusal = Error(StatusCodes.Status400BadRequest, "BadArgument", "A WebSocket request is expected.");
        else if (grant is null) refusal = Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token is not valid or has expired.");
        else if (grant.ConversationId != conversationId) refusal = Error(StatusCodes.Status403Forbidden, "Forbidden", "The token does not grant this conversation.");
        else if (await store.GetConversationAsync(conversationId, context.RequestAborted) is null) refusal = Error(StatusCodes.Status404NotFound, "NotFound", "The conversation does not exist.");
        if (refusal is not null)
        {
            await refusal.ExecuteAsync(context);
            return;
        }
        var watermark = ParseWatermark(context.Request.Query["watermark"].ToString()) ?? 0;
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        await streams.RunAsync(conversationId, watermark, socket, context.RequestAborted);
    }

    /// <summary>
    /// A token for the web chat page: a new conversation bound to a new user, started with the language and
    /// country the user picked. The site secret stays on the server.
    /// </summary>
    public static async Task<IResult> WebChatTokenAsync(HttpContext context, DirectLineTokenService tokens,
        IDirectLineStore store, DirectLineRateLimits limits, TimeProvider time)
    {
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (!limits.TryIssueToken(client)) return Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many new conversations; try again in a minute.");
        WebChatTokenRequest? request = null;
        if (context.Request.ContentLength is > 0)
        {
            if (context.Request.ContentLength > 1024) return Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The request is too large.");
            try
            {
                request = await JsonSerializer.DeserializeAsync<WebChatTokenRequest>(context.Request.Body, ActivityJson.Options, context.RequestAborted);
            }
            catch (JsonException)
            {
                return Error(StatusCodes.Status400BadRequest, "BadArgument", "The body is not valid JSON.");
            }
        }
        var language = HelplineLanguages.Normalize(request?.Language);
        var country = HelplineCountries.Normalize(request?.Country);
        var issued = tokens.Issue(DirectLineIds.NewConversationId(), DirectLineIds.NewUserId());
        var culture = language is null ? null : HelplineLanguages.CultureFor(language, country);
        await store.CreateConversationAsync(new DirectLineConversation(issued.Grant.ConversationId, issued.Grant.UserId, time.GetUtcNow(), culture, language, country), context.RequestAborted);
        return Json(new DirectLineConversationInfo(issued.Grant.ConversationId, issued.Token, issued.ExpiresInSeconds(time.GetUtcNow())));
    }

    /// <summary>The page's texts and Web Chat's UI strings for a culture (from <c>locales/WebChatStrings*.resx</c>).</summary>
    public static IResult WebChatStrings(string? culture, IStringLocalizer<WebChatStrings> localizer)
    {
        var name = HelplineLanguages.Normalize(culture) ?? HelplineLanguages.Default;
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            var strings = localizer.GetAllStrings(includeParentCultures: true)
                .GroupBy(s => s.Name, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
            return Results.Json(new { culture = name, strings }, ActivityJson.Options);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static async Task<(DirectLineConversation? Conversation, IResult? Error)> AuthorizeAsync(
        HttpContext context, string conversationId, DirectLineTokenService tokens, IDirectLineStore store)
    {
        var bearer = Bearer(context);
        var isSecret = tokens.IsSiteSecret(bearer);
        var grant = isSecret ? null : tokens.Validate(bearer);
        if (!isSecret && grant is null) return (null, Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token is not valid or has expired."));
        if (grant is not null && grant.ConversationId != conversationId) return (null, Error(StatusCodes.Status403Forbidden, "Forbidden", "The token does not grant this conversation."));
        var conversation = await store.GetConversationAsync(conversationId, context.RequestAborted);
        if (conversation is null) return (null, Error(StatusCodes.Status404NotFound, "NotFound", "The conversation does not exist."));
        if (grant is not null && grant.UserId != conversation.UserId) return (null, Error(StatusCodes.Status403Forbidden, "Forbidden", "The token does not grant this conversation."));
        return (conversation, null);
    }

    private static string? Bearer(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
    }

    private static long? ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string StreamUrl(HttpContext context, DirectLineOptions options, string conversationId, string token, long watermark)
    {
        var baseUrl = string.IsNullOrEmpty(options.PublicBaseUrl)
            ? $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}"
            : options.PublicBaseUrl.TrimEnd('/');
        var wsBase = baseUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? "wss://" + baseUrl[8..]
            : baseUrl.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? "ws://" + baseUrl[7..]
            : baseUrl;
        return $"{wsBase}/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream?watermark={watermark}&t={Uri.EscapeDataString(token)}";
    }

    private static IResult Json<T>(T value, int status = StatusCodes.Status200OK) =>
        Results.Json(value, ActivityJson.Options, statusCode: status);

    private static IResult Error(int status, string code, string message) =>
        Results.Json(DirectLineError.Of(code, message), ActivityJson.Options, statusCode: status);
}
