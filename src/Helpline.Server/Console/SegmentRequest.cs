namespace Helpline.Server.Console;

public sealed record SegmentRequest(string? Text);
