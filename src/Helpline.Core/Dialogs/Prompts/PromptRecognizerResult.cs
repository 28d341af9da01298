namespace Helpline.Core.Dialogs.Prompts;

/// <summary>Whether a prompt understood the reply, and what it understood.</summary>
public sealed class PromptRecognizerResult<T>
{
    public bool Succeeded { get; set; }

    public T? Value { get; set; }
}
