namespace Helpline.Core.Dialogs;

/// <summary>One step of a <see cref="WaterfallDialog"/> (Bot Builder's <c>WaterfallStep</c>).</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);
