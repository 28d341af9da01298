using System.Text.RegularExpressions;

namespace Helpline.Core.Dialogs.Choices;

/// <summary>
/// Finds which choice a short reply picks: its number ("2", "2.", " 2) "), its value, title or a synonym,
/// compared without case or diacritics. Whole-reply matches only: a long message is not a menu choice.
/// </summary>
public static partial class ChoiceRecognizer
{
    [GeneratedRegex(@"^\s*(\d{1,2})\s*[.)!]?\s*$")]
    private static partial Regex NumberReply();

    public static FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var folded = ChoiceText.Fold(text);
        if (folded.Length == 0) return null;
        var numberMatch = NumberReply().Match(text!);
        if (numberMatch.Success && int.TryParse(numberMatch.Groups[1].Value, out var number) && number >= 1 && number <= choices.Count)
        {
            return new FoundChoice(choices[number - 1].Value, number - 1, "number");
        }
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i];
            if (ChoiceText.Fold(choice.Value) == folded) return new FoundChoice(choice.Value, i, "value");
            if (choice.Title is not null && ChoiceText.Fold(choice.Title) == folded) return new FoundChoice(choice.Value, i, "title");
            if (choice.Synonyms is null) continue;
            foreach (var synonym in choice.Synonyms)
            {
                if (ChoiceText.Fold(synonym) == folded) return new FoundChoice(choice.Value, i, "synonym");
            }
        }
        return null;
    }
}
