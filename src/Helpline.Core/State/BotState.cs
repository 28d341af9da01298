using System.Text.Json;
using System.Text.Json.Nodes;
using Helpline.Core.Turns;

namespace Helpline.Core.State;

/// <summary>
/// State kept between turns as one JSON document per key (Bot Builder's <c>BotState</c>): loaded once per
/// turn, read and written through property accessors, saved once after the turn with the ETag it was
/// read with.
/// </summary>
public abstract class BotState(IConversationStateStore store, TimeSpan timeToLive)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private string CacheKey => "BotState:" + GetType().FullName;

    public TimeSpan TimeToLive { get; } = timeToLive;

    /// <summary>The storage key of this state for the turn's activity.</summary>
    public abstract string GetStorageKey(ITurnContext turnContext);

    public IStatePropertyAccessor<T> CreateProperty<T>(string name) => new PropertyAccessor<T>(this, name);

    public async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        if (!force && turnContext.TurnState.TryGet<CachedState>(CacheKey, out _)) return;
        var stored = await store.ReadAsync(GetStorageKey(turnContext), cancellationToken).ConfigureAwait(false);
        var cached = stored is null
            ? new CachedState(new JsonObject(), null, "")
            : new CachedState(JsonNode.Parse(stored.Json) as JsonObject ?? new JsonObject(), stored.ETag, stored.Json);
        turnContext.TurnState.Set(CacheKey, cached);
    }

    /// <summary>Writes the state if it changed this turn; a concurrent write by another turn throws <see cref="StateConcurrencyException"/>.</summary>
    public async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        if (!turnContext.TurnState.TryGet<CachedState>(CacheKey, out var cached) || cached is null) return;
        if (cached.Deleted)
        {
            await store.DeleteAsync(GetStorageKey(turnContext), cancellationToken).ConfigureAwait(false);
            cached.Deleted = false;
            cached.ETag = null;
            cached.LastJson = "";
            return;
        }
        foreach (var (name, value) in cached.Objects)
        {
            cached.State[name] = JsonSerializer.SerializeToNode(value, value?.GetType() ?? typeof(object), Json);
        }
        var json = cached.State.ToJsonString();
        if (!force && json == cached.LastJson) return;
        if (cached.State.Count == 0 && cached.ETag is null) return;
        cached.ETag = await store.WriteAsync(GetStorageKey(turnContext), json, cached.ETag, TimeToLive, cancellationToken).ConfigureAwait(false);
        cached.LastJson = json;
    }

    /// <summary>Empties the state for this turn; saved (deleted in storage) with the turn.</summary>
    public Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var cached = Cached(turnContext);
        cached.State.Clear();
        cached.Objects.Clear();
        cached.Deleted = true;
        return Task.CompletedTask;
    }

    private CachedState Cached(ITurnContext turnContext) =>
        turnContext.TurnState.TryGet<CachedState>(CacheKey, out var cached) && cached is not null
            ? cached
            : throw new InvalidOperationException($"{GetType().Name} was not loaded for this turn: call LoadAsync first.");

    private sealed class CachedState(JsonObject state, string? etag, string lastJson)
    {
        public JsonObject State { get; } = state;
        public Dictionary<string, object?> Objects { get; } = new(StringComparer.Ordinal);
        public string? ETag { get; set; } = etag;
        public string LastJson { get; set; } = lastJson;
        public bool Deleted { get; set; }
    }

    private sealed class PropertyAccessor<T>(BotState owner, string name) : IStatePropertyAccessor<T>
    {
        public string Name => name;

        public async Task<T> GetAsync(ITurnContext turnContext, Func<T> defaultValueFactory, CancellationToken cancellationToken = default)
        {
            var value = await GetAsync(turnContext, cancellationToken).ConfigureAwait(false);
            if (value is not null) return value;
            var created = defaultValueFactory();
            await SetAsync(turnContext, created, cancellationToken).ConfigureAwait(false);
            return created;
        }

        public async Task<T?> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            await owner.LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
            var cached = owner.Cached(turnContext);
            if (cached.Objects.TryGetValue(name, out var obj)) return (T?)obj;
            if (cached.State.TryGetPropertyValue(name, out var node) && node is not null)
            {
                var value = node.Deserialize<T>(Json);
                cached.Objects[name] = value;
                return value;
            }
            return default;
        }

        public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default)
        {
            await owner.LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
            var cached = owner.Cached(turnContext);
            cached.Objects[name] = value;
            cached.Deleted = false;
        }

        public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            await owner.LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
            var cached = owner.Cached(turnContext);
            cached.Objects.Remove(name);
            cached.State.Remove(name);
        }
    }
}
