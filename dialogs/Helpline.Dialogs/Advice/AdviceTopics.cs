namespace Helpline.Dialogs.Advice;

/// <summary>
/// The safe-migration advice topics, in menu order. Each has <c>Advice.&lt;Topic&gt;.Title|Sms|Sms2|Web</c>
/// in AdviceStrings and a key in <c>lexicons/&lt;lang&gt;/topics.yaml</c> (before-you-go, under-18, ...).
/// </summary>
public static class AdviceTopics
{
    public const string CheckEmployer = "CheckEmployer";

    public static readonly IReadOnlyList<string> All =
    [
        "BeforeYouGo", CheckEmployer, "Contract", "Fees", "Passport", "Family", "Visa",
        "MoneyBack", "Under18", "Parents", "ChildGone", "Abroad", "Online",
    ];

    /// <summary>The lexicon key of a topic: BeforeYouGo -> before-you-go, Under18 -> under-18.</summary>
    public static string LexiconKey(string topic)
    {
        var sb = new System.Text.StringBuilder(topic.Length + 4);
        for (var i = 0; i < topic.Length; i++)
        {
            var c = topic[i];
            var boundary = i > 0 && (char.IsUpper(c) || (char.IsDigit(c) && !char.IsDigit(topic[i - 1])));
            if (boundary) sb.Append('-');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>The topic of a lexicon key, or null.</summary>
    public static string? FromLexiconKey(string key) => All.FirstOrDefault(t => LexiconKey(t) == key);
}
