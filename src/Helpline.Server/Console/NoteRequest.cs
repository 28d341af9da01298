namespace Helpline.Server.Console;

public sealed record NoteRequest(string? Text);
