namespace Helpline.Core.Dialogs.Choices;

/// <summary>The choice a user's message picked (Bot Builder's <c>FoundChoice</c>).</summary>
public sealed record FoundChoice(string Value, int Index, string MatchedBy);
