namespace Helpline.Core.Counselling;

/// <summary>Argument checks shared by every audit log.</summary>
public static class AuditArguments
{
    public const int MaxDetailLength = 500;

    public static void Validate(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        CounsellingArguments.ValidateName(entry.Actor, nameof(entry.Actor));
        if (!Enum.IsDefined(entry.Action)) throw new ArgumentOutOfRangeException(nameof(entry), entry.Action, "Unknown audit action.");
        if (entry.Detail is { Length: > MaxDetailLength }) throw new ArgumentException("Audit detail is a short note, never a message body.", nameof(entry));
    }
}
