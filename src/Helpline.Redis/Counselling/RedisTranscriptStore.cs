using System.Text.Json;
using Helpline.Core.Counselling;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Helpline.Redis.Counselling;

/// <summary>
/// Transcripts as one Redis list per conversation (entry JSON, oldest first). Each append and read is
/// one script that also sets the expiry and writes the audit entry.
/// </summary>
public sealed class RedisTranscriptStore(
    IConnectionMultiplexer redis,
    RedisKeys keys,
    IOptions<CounsellorQueueOptions> options,
    TimeProvider timeProvider) : ITranscriptStore
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private readonly CounsellorQueueOptions _options = options.Value;

    public async Task<TranscriptEntry> AppendAsync(TicketConversation conversation, TranscriptAuthor author, string text, string? counsellor, CancellationToken cancellationToken)
    {
        TranscriptArguments.ValidateAppend(conversation, author, text, counsellor);
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var name = author == TranscriptAuthor.Counsellor ? counsellor! : "";
        var stored = new StoredEntry(now, AuthorCode(author), name, text);
        var sequence = (long)await RedisScripts.Get("AppendTranscript").EvaluateAsync(redis.GetDatabase(), Args(conversation, now) with
        {
            Entry = JsonSerializer.Serialize(stored, Json),
            Author = stored.Author,
            Counsellor = name,
        });
        return stored.ToEntry(sequence);
    }

    public async Task<IReadOnlyList<TranscriptEntry>> ReadAsync(TicketConversation conversation, string actor, long afterSequence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        CounsellingArguments.ValidateName(actor, nameof(actor));
        ArgumentOutOfRangeException.ThrowIfNegative(afterSequence);
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var result = (RedisResult[])(await RedisScripts.Get("ReadTranscript").EvaluateAsync(redis.GetDatabase(), Args(conversation, now) with
        {
            After = afterSequence,
            Actor = actor,
        }))!;
        var entries = new List<TranscriptEntry>(result.Length);
        for (var i = 0; i < result.Length; i++)
        {
            var stored = JsonSerializer.Deserialize<StoredEntry>((string)result[i]!, Json) ?? throw new InvalidDataException("Empty transcript entry.");
            entries.Add(stored.ToEntry(afterSequence + i + 1));
        }
        return entries;
    }

    private ScriptArgs Args(TicketConversation conversation, long now) => new()
    {
        Transcript = keys.Transcript(conversation),
        Conversations = keys.Conversations,
        Tickets = keys.Tickets,
        Audit = keys.Audit,
        Conversation = conversation.Key,
        Now = now,
        RetentionMs = (long)_options.Retention.TotalMilliseconds,
        AuditMaxAgeMs = (long)_options.AuditRetention.TotalMilliseconds,
        Channel = keys.Changes.ToString(),
    };

    private static string AuthorCode(TranscriptAuthor author) => author switch
    {
        TranscriptAuthor.User => "user",
        TranscriptAuthor.Bot => "bot",
        TranscriptAuthor.Counsellor => "counsellor",
        TranscriptAuthor.System => "system",
        _ => throw new ArgumentOutOfRangeException(nameof(author), author, null),
    };

    /// <summary>One entry as stored: time (Unix ms), author code, counsellor name ('' when none), text.</summary>
    private sealed record StoredEntry(long Time, string Author, string Counsellor, string Text)
    {
        public TranscriptEntry ToEntry(long sequence) => new(
            sequence,
            DateTimeOffset.FromUnixTimeMilliseconds(Time),
            Author switch
            {
                "user" => TranscriptAuthor.User,
                "bot" => TranscriptAuthor.Bot,
                "counsellor" => TranscriptAuthor.Counsellor,
                "system" => TranscriptAuthor.System,
                _ => throw new InvalidDataException("Unknown transcript author."),
            },
            Counsellor.Length == 0 ? null : Counsellor,
            Text);
    }
}
