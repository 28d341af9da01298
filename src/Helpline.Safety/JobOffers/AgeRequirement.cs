using Helpline.Safety.Text;

namespace Helpline.Safety.JobOffers;

/// <summary>An age or age range an offer asks for ("16-22 ani", "vid 16 rokiv", "from 17"): lowest age, highest if given, and where.</summary>
public sealed record AgeRequirement(int Min, int? Max, TextSpan Span);
