namespace Helpline.Core.Dialogs.Choices;

/// <summary>One option of a <see cref="Prompts.ChoicePrompt"/> (Bot Builder's <c>Choice</c>).</summary>
public sealed class Choice
{
    public Choice() { }

    public Choice(string value, params string[] synonyms)
    {
        Value = value;
        Synonyms = synonyms.Length == 0 ? null : [.. synonyms];
    }

    /// <summary>The value returned when chosen; also the label shown unless <see cref="Title"/> is set.</summary>
    public string Value { get; set; } = "";

    /// <summary>The label shown to the user (button title, line of a numbered list).</summary>
    public string? Title { get; set; }

    /// <summary>Other words the user may send for this choice.</summary>
    public List<string>? Synonyms { get; set; }

    public string Label => string.IsNullOrWhiteSpace(Title) ? Value : Title;
}
