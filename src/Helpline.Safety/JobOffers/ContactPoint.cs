using Helpline.Safety.Text;

namespace Helpline.Safety.JobOffers;

/// <summary>
/// A way to contact the recruiter found in an offer: its kind, for phone numbers the region the number
/// belongs to (ISO 3166-1, e.g. "MD", "TR"), and where it is. Never log the span's text: it is personal data.
/// </summary>
public sealed record ContactPoint(ContactKind Kind, string? Region, TextSpan Span);
