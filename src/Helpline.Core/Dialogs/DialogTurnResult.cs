namespace Helpline.Core.Dialogs;

/// <summary>The outcome of running the dialog stack for one turn (Bot Builder's <c>DialogTurnResult</c>).</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null);
