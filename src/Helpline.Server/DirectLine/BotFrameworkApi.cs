using System.Text.Json;
using Helpline.Channels.BotFramework;
using Helpline.Core.Schema;
using Helpline.Core.Turns;
using Microsoft.Extensions.Options;

namespace Helpline.Server.DirectLine;

/// <summary>
/// <c>POST /api/messages</c>, the endpoint Azure Bot Service calls, so a deployment can add the channels it
/// offers. Mapped only when <c>BotFramework:AppId</c> is set. The token is checked before anything else;
/// the turn runs here and its replies go back to the activity's <c>serviceUrl</c>.
/// </summary>
public static class BotFrameworkApi
{
    public static IEndpointRouteBuilder MapBotFrameworkApi(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        if (options.IsEnabled) app.MapPost("/api/messages", ReceiveActivityAsync);
        return app;
    }

    public static async Task<IResult> ReceiveActivityAsync(HttpContext context, BotFrameworkAuthenticator authenticator,
        BotConnectorClient connector, HelplineAdapter adapter, IOptions<BotFrameworkOptions> options,
        IHostApplicationLifetime lifetime, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(BotFrameworkApi));
        var bytes = await RequestBody.ReadBoundedAsync(context.Request.Body, options.Value.MaxActivityBytes, context.RequestAborted);
        if (bytes is null) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(bytes, ActivityJson.Options);
        }
        catch (JsonException)
        {
            activity = null;
        }

        bool authorized;
        try
        {
            authorized = await authenticator.IsAuthenticAsync(context.Request.Headers.Authorization.ToString(),
                activity?.ChannelId, activity?.ServiceUrl, context.RequestAborted);
        }
        catch (InvalidOperationException ex)
        {
            // The Bot Framework keys could not be fetched: nothing can be trusted, and the connector retries later.
            logger.LogError(ex, "The Bot Framework signing keys could not be fetched.");
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        if (!authorized) return Results.Unauthorized();
        if (activity?.Conversation is null || activity.ServiceUrl is null) return Results.BadRequest();

        var bot = context.RequestServices.GetRequiredService<IBot>();
        var replies = await adapter.ProcessActivityAsync(activity, bot, lifetime.ApplicationStopping);
        foreach (var reply in replies)
        {
            reply.Conversation = activity.Conversation;
            reply.ChannelId = activity.ChannelId;
            reply.ServiceUrl = activity.ServiceUrl;
            reply.From ??= activity.Recipient;
            reply.Recipient ??= activity.From;
            reply.ReplyToId ??= activity.Id;
            try
            {
                await connector.SendReplyAsync(activity.ServiceUrl, reply, lifetime.ApplicationStopping);
            }
            catch (HttpRequestException ex)
            {
                logger.LogError(ex, "A reply to the Bot Connector failed on channel {ChannelId}.", activity.ChannelId);
                return Results.StatusCode(StatusCodes.Status502BadGateway);
            }
        }
        return Results.Ok();
    }
}
