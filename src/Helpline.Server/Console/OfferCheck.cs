namespace Helpline.Server.Console;

/// <summary>The job-offer check of one user message: its risk and the signs, with their evidence spans in that message's text.</summary>
public sealed record OfferCheck(long Sequence, string Risk, int Score, IReadOnlyList<OfferSignSpan> Signs);
