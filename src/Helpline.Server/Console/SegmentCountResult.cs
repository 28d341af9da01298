namespace Helpline.Server.Console;

/// <summary>How a reply would go as SMS; <see cref="Warn"/> when it is over the two-segment budget.</summary>
public sealed record SegmentCountResult(string Encoding, int Segments, int Units, bool Warn);
