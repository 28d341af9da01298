namespace Helpline.Dialogs.Understanding;

/// <summary>An understood request: the action, and for advice the topic, for a job-offer check the pasted text.</summary>
public sealed record HelplineIntent(HelplineAction Action, string? Topic = null, string? Text = null);
