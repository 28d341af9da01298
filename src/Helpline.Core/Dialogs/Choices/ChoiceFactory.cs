using System.Text;
using Helpline.Core.Schema;

namespace Helpline.Core.Dialogs.Choices;

/// <summary>Renders choices for a channel (Bot Builder's <c>ChoiceFactory</c>).</summary>
public static class ChoiceFactory
{
    /// <summary>The prompt with its choices: a numbered list in the text on SMS, buttons elsewhere.</summary>
    public static Activity ForChannel(string? channelId, Activity prompt, IReadOnlyList<Choice> choices, ListStyle style)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(choices);
        if (style == ListStyle.Auto) style = ChannelIds.IsSms(channelId) ? ListStyle.List : ListStyle.SuggestedAction;
        switch (style)
        {
            case ListStyle.List:
                prompt.Text = List(prompt.Text, choices);
                break;
            case ListStyle.SuggestedAction:
                prompt.SuggestedActions = SuggestedActions(choices);
                break;
        }
        return prompt;
    }

    public static string List(string? text, IReadOnlyList<Choice> choices)
    {
        var sb = new StringBuilder(text?.TrimEnd() ?? "");
        for (var i = 0; i < choices.Count; i++)
        {
            if (sb.Length > 0) sb.Append('\n');
            sb.Append(i + 1).Append(". ").Append(choices[i].Label);
        }
        return sb.ToString();
    }

    public static SuggestedActions SuggestedActions(IReadOnlyList<Choice> choices) =>
        new(choices.Select(c => CardAction.ImBack(c.Label, c.Label)));
}
