using Helpline.Core.Counselling;

namespace Helpline.Redis.Tests.Counselling;

/// <summary>One implementation's four counselling services, as the contract tests use them.</summary>
public sealed record CounsellingServices(
    ICounsellorQueue Queue,
    ITranscriptStore Transcripts,
    IAuditLog Audit,
    IQueueNotifications Notifications);
