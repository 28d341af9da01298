namespace Helpline.Core.Counselling;

/// <summary>The stable codes of <see cref="AuditAction"/>, as written to the audit stream.</summary>
public static class AuditActions
{
    public static string ToCode(this AuditAction action) => action switch
    {
        AuditAction.View => "view",
        AuditAction.Claim => "claim",
        AuditAction.Read => "read",
        AuditAction.Reply => "reply",
        AuditAction.Transfer => "transfer",
        AuditAction.Close => "close",
        AuditAction.RevealNumber => "reveal-number",
        AuditAction.Enqueue => "enqueue",
        AuditAction.Raise => "raise",
        AuditAction.Cancel => "cancel",
        AuditAction.Requeue => "requeue",
        AuditAction.Login => "login",
        AuditAction.LoginLocked => "login-locked",
        AuditAction.Note => "note",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    public static bool TryParse(string? code, out AuditAction action)
    {
        foreach (var candidate in Enum.GetValues<AuditAction>())
        {
            if (string.Equals(candidate.ToCode(), code, StringComparison.Ordinal))
            {
                action = candidate;
                return true;
            }
        }
        action = default;
        return false;
    }
}
