using Helpline.Core.Dialogs.Choices;

namespace Helpline.Core.Dialogs.Prompts;

/// <summary>The yes and no of a <see cref="ConfirmPrompt"/> in the turn's language (labels and synonyms).</summary>
public sealed record ConfirmChoices(Choice Yes, Choice No);
