using Helpline.Server.Console;
using Helpline.Testing;

namespace Helpline.Server.Tests.Console;

public sealed class InMemoryTicketNotesTests : TicketNotesContractTests
{
    private readonly ManualTimeProvider _clock = new();

    protected override ITicketNotes CreateNotes() => new InMemoryTicketNotes(Options, _clock);

    [Fact]
    public async Task NotesAreDroppedARetentionPeriodAfterTheLastNote()
    {
        var notes = CreateNotes();
        await notes.AddAsync("0000000010", new TicketNote(_clock.GetUtcNow(), "ana", "note"), CancellationToken.None);
        _clock.Advance(Options.Value.Retention - TimeSpan.FromMinutes(1));
        Assert.Single(await notes.ListAsync("0000000010", CancellationToken.None));
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Empty(await notes.ListAsync("0000000010", CancellationToken.None));
    }
}
