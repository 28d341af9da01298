namespace Helpline.Core.Dialogs;

/// <summary>
/// What a waterfall step sees: the previous step's <see cref="Result"/>, the dialog's
/// <see cref="Options"/> and <see cref="Values"/> kept across steps (Bot Builder's <c>WaterfallStepContext</c>).
/// </summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _parent;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog parent, DialogContext dc, object? options, Dictionary<string, object?> values, int index, DialogReason reason, object? result)
        : base(dc.Dialogs, dc.Context, dc.State)
    {
        _parent = parent;
        Parent = dc.Parent;
        Options = options;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
    }

    public int Index { get; }

    public object? Options { get; }

    public DialogReason Reason { get; }

    public object? Result { get; }

    /// <summary>Values kept between the steps of this waterfall; read them with <see cref="DialogStateValues.GetValue{T}"/>.</summary>
    public Dictionary<string, object?> Values { get; }

    /// <summary>The options converted to <typeparamref name="T"/> (they are JSON after a reload).</summary>
    public T? OptionsAs<T>() => DialogStateValues.Convert<T>(Options);

    /// <summary>The previous step's result converted to <typeparamref name="T"/>.</summary>
    public T? ResultAs<T>() => DialogStateValues.Convert<T>(Result);

    /// <summary>Skips to the next step with <paramref name="result"/> (a step whose value is already known).</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} of {_parent.Id}.");
        }
        _nextCalled = true;
        return _parent.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
