using System.Text.Json;
using Helpline.Core.Schema;
using Helpline.Core.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Helpline.Channels.DirectLine;

/// <summary>
/// The web chat side of a turn: stores what the user posts (under the user id of the token, never the one
/// in the activity), runs the turn through <see cref="HelplineAdapter"/> with the <see cref="IBot"/> from DI,
/// then stores and announces each reply. Also the outbox for messages outside a turn.
/// </summary>
public sealed class DirectLineConversations(
    IDirectLineStore store,
    IDirectLineActivityFeed feed,
    IServiceScopeFactory scopes,
    IOptions<DirectLineOptions> options,
    TimeProvider time,
    ILogger<DirectLineConversations> logger) : IDirectLineOutbox
{
    /// <summary>
    /// Creates the conversation the grant is bound to, if it does not exist yet. The first start runs a
    /// <c>conversationUpdate</c> turn (the user joined) so the bot can greet.
    /// </summary>
    public async Task<DirectLineStart> StartAsync(DirectLineToken grant, string? locale, CancellationToken cancellationToken)
    {
        var conversation = new DirectLineConversation(grant.ConversationId, grant.UserId, time.GetUtcNow(), locale);
        await store.CreateConversationAsync(conversation, cancellationToken).ConfigureAwait(false);
        var current = await store.GetConversationAsync(grant.ConversationId, cancellationToken).ConfigureAwait(false) ?? conversation;
        if (current.UserId != grant.UserId || !await store.TryMarkStartedAsync(grant.ConversationId, cancellationToken).ConfigureAwait(false))
        {
            return new DirectLineStart(current, IsNew: false);
        }

        var joined = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = $"{grant.ConversationId}|start",
            ChannelId = Core.Schema.ChannelIds.DirectLine,
            Conversation = new ConversationAccount(grant.ConversationId),
            From = new ChannelAccount(grant.UserId, role: "user"),
            Recipient = BotAccount(),
            MembersAdded = [new ChannelAccount(grant.UserId, role: "user")],
            Locale = current.Locale ?? locale,
            Timestamp = time.GetUtcNow(),
            ChannelData = PageChoices(current.Language, current.Country),
        };
        try
        {
            await RunTurnAsync(joined, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The conversation stands without a greeting; the user's first message runs a turn again.
            logger.LogError(ex, "The greeting turn of a web chat conversation failed.");
        }
        return new DirectLineStart(current, IsNew: true);
    }

    /// <summary>
    /// Stores the posted activity for the conversation's user and runs the turn. Returns the stored id, or
    /// null when the conversation is full or gone. Typing from the user is neither stored nor run.
    /// </summary>
    public async Task<string?> PostAsync(DirectLineConversation conversation, Activity posted, CancellationToken cancellationToken)
    {
        var incoming = Normalize(conversation, posted);
        if (incoming.Type == ActivityTypes.Typing)
        {
            return $"{conversation.ConversationId}|typing";
        }

        var watermark = await store.AppendActivityAsync(conversation.ConversationId, incoming, cancellationToken).ConfigureAwait(false);
        if (watermark is null) return null;
        incoming.Id = DirectLineIds.ActivityId(conversation.ConversationId, watermark.Value);
        await feed.PublishAsync(new DirectLineFeedEvent(conversation.ConversationId, watermark.Value), cancellationToken).ConfigureAwait(false);

        if (incoming.Type is ActivityTypes.Message or ActivityTypes.Event or ActivityTypes.ConversationUpdate)
        {
            if (incoming.IsMessage)
            {
                var typing = new Activity { Type = ActivityTypes.Typing, From = BotAccount(), Recipient = incoming.From, Conversation = incoming.Conversation, ChannelId = Core.Schema.ChannelIds.DirectLine, Id = $"{conversation.ConversationId}|typing", Timestamp = time.GetUtcNow() };
                await feed.PublishAsync(new DirectLineFeedEvent(conversation.ConversationId, watermark.Value, typing), cancellationToken).ConfigureAwait(false);
            }
            await RunTurnAsync(incoming, cancellationToken).ConfigureAwait(false);
        }
        return incoming.Id;
    }

    public async Task<string?> SendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversation = await store.GetConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (conversation is null) return null;
        activity.Conversation = new ConversationAccount(conversationId);
        activity.Recipient ??= new ChannelAccount(conversation.UserId, role: "user");
        return await DeliverAsync(activity, replyToId: null, cancellationToken).ConfigureAwait(false);
    }

    private async Task RunTurnAsync(Activity incoming, CancellationToken cancellationToken)
    {
        IReadOnlyList<Activity> replies;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var adapter = scope.ServiceProvider.GetRequiredService<HelplineAdapter>();
            var bot = scope.ServiceProvider.GetRequiredService<IBot>();
            replies = await adapter.ProcessActivityAsync(incoming, bot, cancellationToken).ConfigureAwait(false);
        }
        foreach (var reply in replies)
        {
            reply.Conversation = incoming.Conversation;
            reply.Recipient ??= incoming.From;
            await DeliverAsync(reply, incoming.Id, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<string?> DeliverAsync(Activity reply, string? replyToId, CancellationToken cancellationToken)
    {
        var conversationId = reply.Conversation!.Id;
        reply.ChannelId = Core.Schema.ChannelIds.DirectLine;
        reply.From = BotAccount(reply.From?.Name);
        reply.ReplyToId ??= replyToId;
        reply.Timestamp ??= time.GetUtcNow();
        reply.ServiceUrl = null;
        if (reply.Type == ActivityTypes.Typing)
        {
            await feed.PublishAsync(new DirectLineFeedEvent(conversationId, 0, reply), cancellationToken).ConfigureAwait(false);
            return null;
        }
        if (reply.Type is not (ActivityTypes.Message or ActivityTypes.Event or ActivityTypes.EndOfConversation))
        {
            return null;
        }
        var watermark = await store.AppendActivityAsync(conversationId, reply, cancellationToken).ConfigureAwait(false);
        if (watermark is null)
        {
            logger.LogWarning("A reply could not be stored: the web chat conversation is gone or full.");
            return null;
        }
        await feed.PublishAsync(new DirectLineFeedEvent(conversationId, watermark.Value), cancellationToken).ConfigureAwait(false);
        return DirectLineIds.ActivityId(conversationId, watermark.Value);
    }

    private Activity Normalize(DirectLineConversation conversation, Activity posted)
    {
        var name = posted.From?.Name;
        return new Activity
        {
            Type = posted.Type switch
            {
                ActivityTypes.Message or ActivityTypes.Event or ActivityTypes.Typing => posted.Type,
                _ => ActivityTypes.Message,
            },
            ChannelId = Core.Schema.ChannelIds.DirectLine,
            Conversation = new ConversationAccount(conversation.ConversationId),
            From = new ChannelAccount(conversation.UserId, name is { Length: <= 64 } ? name : null, "user"),
            Recipient = BotAccount(),
            Timestamp = time.GetUtcNow(),
            LocalTimestamp = posted.LocalTimestamp,
            LocalTimezone = posted.LocalTimezone,
            Text = posted.Text,
            TextFormat = posted.TextFormat,
            Locale = posted.Locale ?? conversation.Locale,
            ChannelData = posted.ChannelData,
            Value = posted.Value,
            Name = posted.Name,
            Entities = posted.Entities,
            Attachments = null,
        };
    }

    private ChannelAccount BotAccount(string? name = null) => new(options.Value.BotId, name ?? options.Value.BotName, "bot");

    private static JsonElement? PageChoices(string? language, string? country)
    {
        if (language is null && country is null) return null;
        return JsonSerializer.SerializeToElement(new Dictionary<string, string?> { ["language"] = language, ["country"] = country }, ActivityJson.Options);
    }
}
