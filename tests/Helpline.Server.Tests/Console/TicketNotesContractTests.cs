using Helpline.Core.Counselling;
using Helpline.Server.Console;
using Microsoft.Extensions.Options;

namespace Helpline.Server.Tests.Console;

/// <summary>What every <see cref="ITicketNotes"/> must do, run against the in-memory and the Redis notes.</summary>
public abstract class TicketNotesContractTests
{
    protected static readonly IOptions<CounsellorQueueOptions> Options = Microsoft.Extensions.Options.Options.Create(new CounsellorQueueOptions());

    protected abstract ITicketNotes CreateNotes();

    [Fact]
    public async Task NotesComeBackOldestFirstWithTheirAuthorAndTime()
    {
        var notes = CreateNotes();
        var first = new TicketNote(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero), "ana", "Mentions a farm near Bălți.");
        var second = new TicketNote(first.Time.AddMinutes(3), "bogdan", "Будь ласка, передзвоніть завтра.");
        await notes.AddAsync("0000000007", first, CancellationToken.None);
        await notes.AddAsync("0000000007", second, CancellationToken.None);
        Assert.Equal([first, second], await notes.ListAsync("0000000007", CancellationToken.None));
    }

    [Fact]
    public async Task ATicketWithoutNotesHasAnEmptyListAndNotesNeverCrossTickets()
    {
        var notes = CreateNotes();
        await notes.AddAsync("0000000008", new TicketNote(DateTimeOffset.UtcNow, "ana", "only here"), CancellationToken.None);
        Assert.Empty(await notes.ListAsync("0000000009", CancellationToken.None));
        Assert.Single(await notes.ListAsync("0000000008", CancellationToken.None));
    }

    [Fact]
    public void ANoteNeverPrintsItsText()
    {
        var note = new TicketNote(DateTimeOffset.UtcNow, "ana", "a private detail");
        Assert.DoesNotContain("private detail", note.ToString());
        Assert.Contains("ana", note.ToString());
    }
}
