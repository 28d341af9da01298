namespace Helpline.Core.Dialogs.Choices;

/// <summary>How a prompt shows its choices (Bot Builder's <c>ListStyle</c>, the styles the helpline uses).</summary>
public enum ListStyle
{
    /// <summary>Numbered list on SMS, suggested actions elsewhere.</summary>
    Auto,

    /// <summary>Choices are not shown (the prompt text already lists them); replies are still recognised.</summary>
    None,

    /// <summary>"1. ...", one per line, in the prompt text.</summary>
    List,

    /// <summary>Suggested actions (<c>imBack</c> buttons).</summary>
    SuggestedAction,
}
