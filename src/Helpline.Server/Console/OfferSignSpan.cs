namespace Helpline.Server.Console;

/// <summary>One sign of a checked offer; <see cref="Start"/> and <see cref="Length"/> are UTF-16 offsets in the message text (null when the sign has no span).</summary>
public sealed record OfferSignSpan(string Code, string Severity, int? Start, int? Length);
