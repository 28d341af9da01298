namespace Helpline.Server.Console;

/// <summary>The user's phone number, shown after the counsellor asked for it (audited as <c>reveal-number</c>).</summary>
public sealed record RevealedNumber(string Number);
