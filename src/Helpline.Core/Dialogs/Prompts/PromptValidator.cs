namespace Helpline.Core.Dialogs.Prompts;

/// <summary>Decides whether a recognised answer is accepted (Bot Builder's <c>PromptValidator&lt;T&gt;</c>).</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
