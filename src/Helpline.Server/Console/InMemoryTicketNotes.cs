using Helpline.Core.Counselling;
using Microsoft.Extensions.Options;

namespace Helpline.Server.Console;

/// <summary>Notes in process memory (single-process mode), dropped a retention period after the ticket's last note.</summary>
public sealed class InMemoryTicketNotes(IOptions<CounsellorQueueOptions> options, TimeProvider timeProvider) : ITicketNotes
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (DateTimeOffset LastWrite, List<TicketNote> Notes)> _notes = new(StringComparer.Ordinal);

    public Task AddAsync(string ticketId, TicketNote note, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(ticketId);
        ArgumentNullException.ThrowIfNull(note);
        lock (_gate)
        {
            Sweep();
            if (!_notes.TryGetValue(ticketId, out var entry)) entry = (timeProvider.GetUtcNow(), []);
            entry.Notes.Add(note);
            _notes[ticketId] = (timeProvider.GetUtcNow(), entry.Notes);
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<TicketNote>> ListAsync(string ticketId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(ticketId);
        lock (_gate)
        {
            Sweep();
            IReadOnlyList<TicketNote> notes = _notes.TryGetValue(ticketId, out var entry) ? [.. entry.Notes] : [];
            return Task.FromResult(notes);
        }
    }

    private void Sweep()
    {
        var cutoff = timeProvider.GetUtcNow() - options.Value.Retention;
        foreach (var id in _notes.Where(kv => kv.Value.LastWrite < cutoff).Select(kv => kv.Key).ToList()) _notes.Remove(id);
    }
}
