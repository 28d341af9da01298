using System.Text.Json;
using Helpline.Core;
using Helpline.Core.Dialogs.Choices;
using Helpline.Core.Dialogs.Prompts;
using Helpline.Dialogs.Culture;
using Helpline.Locales;
using Microsoft.Extensions.Localization;

namespace Helpline.Dialogs.Understanding;

/// <summary>
/// The one-word commands users send (MENU, HELP, DELETE, yes/no, a language's own name, a stop word),
/// read from the strings of every culture and from <c>locales/keywords/sms-keywords.json</c>, so a
/// user writing "AJUTOR" in an English conversation is understood too. Whole messages only: "help me
/// with my passport" is not the HELP keyword. Immutable after construction.
/// </summary>
public sealed class HelplineKeywords
{
    private readonly Dictionary<string, HelplineAction> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _languageNames = new(StringComparer.Ordinal);
    private readonly List<string> _yes = [];
    private readonly List<string> _no = [];
    private readonly IStringLocalizer<Strings> _strings;

    public HelplineKeywords(IStringLocalizer<Strings> strings)
    {
        _strings = strings;
        foreach (var culture in HelplineLanguages.Cultures)
        {
            Add(culture, "Keyword.Menu", HelplineAction.Menu);
            Add(culture, "Keyword.Help", HelplineAction.Help);
            Add(culture, "Keyword.Delete", HelplineAction.DeleteData);
            AddWord(_yes, strings.InCulture(culture, "Keyword.Yes"));
            AddWord(_no, strings.InCulture(culture, "Keyword.No"));
        }
        foreach (var language in HelplineLanguages.Identifiable)
        {
            var name = strings.InCulture(language, "Language.Name");
            if (name is not null) _languageNames.TryAdd(ChoiceText.Fold(name), language);
        }
        foreach (var stop in SmsKeywordList("optOut")) _commands.TryAdd(ChoiceText.Fold(stop), HelplineAction.Stop);
        // The help words of the SMS channel (INFO, ...) mean help here as well.
        foreach (var help in SmsKeywordList("help")) _commands.TryAdd(ChoiceText.Fold(help), HelplineAction.Help);
    }

    /// <summary>Menu, Help, DeleteData or Stop when the whole message is one of their words.</summary>
    public HelplineAction? Command(string? text) =>
        _commands.TryGetValue(ChoiceText.Fold(text), out var action) ? action : null;

    /// <summary>The language whose own name the whole message is (Language.Name of each culture, or "english"), or null.</summary>
    public string? LanguageRequest(string? text) =>
        _languageNames.TryGetValue(ChoiceText.Fold(text), out var language) ? language : null;

    /// <summary>The languages and their own names, in menu order.</summary>
    public IReadOnlyList<Choice> LanguageChoices() =>
        [.. HelplineLanguages.Identifiable.Select(l => new Choice(l) { Title = _strings.InCulture(l, "Language.Name") ?? l })];

    /// <summary>Yes and no in the current culture, accepting the words of every language.</summary>
    public ConfirmChoices YesNo()
    {
        var yes = _strings["Keyword.Yes"].Value;
        var no = _strings["Keyword.No"].Value;
        return new ConfirmChoices(
            new Choice("yes", [.. _yes]) { Title = yes },
            new Choice("no", [.. _no]) { Title = no });
    }

    private void Add(string culture, string key, HelplineAction action)
    {
        var word = _strings.InCulture(culture, key);
        if (!string.IsNullOrWhiteSpace(word)) _commands.TryAdd(ChoiceText.Fold(word), action);
    }

    private static void AddWord(List<string> list, string? word)
    {
        if (!string.IsNullOrWhiteSpace(word) && !list.Contains(word, StringComparer.OrdinalIgnoreCase)) list.Add(word);
    }

    private static IEnumerable<string> SmsKeywordList(string name)
    {
        using var document = JsonDocument.Parse(LocaleResources.ReadText("keywords/sms-keywords.json"));
        if (!document.RootElement.TryGetProperty(name, out var list) || list.ValueKind != JsonValueKind.Array) yield break;
        foreach (var item in list.EnumerateArray())
        {
            if (item.GetString() is { Length: > 0 } word) yield return word;
        }
    }
}
