namespace Helpline.Server.Console;

/// <summary>The roles a counsellor account may have (<c>helpline counsellor add &lt;name&gt; --role ...</c>).</summary>
public static class ConsoleRoles
{
    /// <summary>Takes conversations from the queue, talks to users, closes tickets.</summary>
    public const string Counsellor = "counsellor";

    /// <summary>Everything a counsellor may do, plus the supervisor view of every open conversation.</summary>
    public const string Supervisor = "supervisor";
}
