using Helpline.Safety.Text;

namespace Helpline.Safety.JobOffers;

/// <summary>
/// A sign found in one offer: its code, severity and weight, and the evidence as a span of the ORIGINAL
/// text with its characters (null when the sign comes from what the user answered, e.g. who made the
/// offer, or from something missing, e.g. no company name).
/// </summary>
public sealed record FoundSign(string Code, SignSeverity Severity, int Weight, TextSpan? Span, string? Evidence);
