using Helpline.Core.Dialogs.Choices;
using Helpline.Core.Schema;

namespace Helpline.Core.Dialogs.Prompts;

/// <summary>What a prompt asks and offers (Bot Builder's <c>PromptOptions</c>); JSON-serialisable.</summary>
public sealed class PromptOptions
{
    public Activity? Prompt { get; set; }

    /// <summary>Sent when the answer is not recognised; the prompt itself is sent again when absent.</summary>
    public Activity? RetryPrompt { get; set; }

    public List<Choice>? Choices { get; set; }

    public ListStyle? Style { get; set; }
}
