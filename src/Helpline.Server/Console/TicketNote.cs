using System.Text;

namespace Helpline.Server.Console;

/// <summary>A counsellor's private note on a ticket: never sent to the user, never logged.</summary>
public sealed record TicketNote(DateTimeOffset Time, string Counsellor, string Text)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Time = {Time:O}, Counsellor = {Counsellor}, Text = <{Text.Length} chars>");
        return true;
    }
}
