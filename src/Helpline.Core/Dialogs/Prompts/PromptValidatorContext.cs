using Helpline.Core.Turns;

namespace Helpline.Core.Dialogs.Prompts;

/// <summary>What a prompt validator sees (Bot Builder's <c>PromptValidatorContext&lt;T&gt;</c>).</summary>
public sealed class PromptValidatorContext<T>(ITurnContext context, PromptRecognizerResult<T> recognized, PromptOptions options, int attemptCount)
{
    public ITurnContext Context { get; } = context;

    public PromptRecognizerResult<T> Recognized { get; } = recognized;

    public PromptOptions Options { get; } = options;

    /// <summary>How many answers this prompt has received, this one included.</summary>
    public int AttemptCount { get; } = attemptCount;
}
