namespace Helpline.Server.Console;

/// <summary>A short reply ready to send, in the user's language.</summary>
/// <param name="Key">The reply's key (<c>Canned.Greeting</c>, <c>Canned.SafeNow</c>, <c>Canned.Numbers</c>); the console labels it in its own language.</param>
public sealed record CannedReply(string Key, string Text);
