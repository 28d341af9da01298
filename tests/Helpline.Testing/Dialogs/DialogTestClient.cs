using Helpline.Core.Dialogs;
using Helpline.Core.Schema;
using Helpline.Core.State;
using Helpline.Core.Turns;
using Microsoft.Extensions.Logging.Abstractions;

namespace Helpline.Testing.Dialogs;

/// <summary>
/// Drives one dialog turn by turn through the real adapter and middleware and hands back each reply,
/// like Bot Builder's <c>DialogTestClient</c>: send a message, read the first reply, then
/// <see cref="GetNextReply"/> for the others. State is saved between turns through a real store, so
/// every turn also checks that the dialog state survives JSON.
/// </summary>
public sealed class DialogTestClient
{
    private readonly Queue<Activity> _replies = new();
    private readonly HelplineAdapter _adapter;
    private readonly Dialog _dialog;
    private readonly object? _initialOptions;
    private readonly IStatePropertyAccessor<DialogState> _dialogState;
    private int _sequence;

    public DialogTestClient(
        string channelId,
        Dialog targetDialog,
        object? initialDialogOptions = null,
        IEnumerable<IMiddleware>? middlewares = null,
        ConversationState? conversationState = null,
        string userId = "user-1",
        string conversationId = "conversation-1")
    {
        ArgumentNullException.ThrowIfNull(targetDialog);
        ChannelId = channelId;
        UserId = userId;
        ConversationId = conversationId;
        _dialog = targetDialog;
        _initialOptions = initialDialogOptions;
        ConversationState = conversationState ?? new ConversationState(new InMemoryConversationStateStore(), TimeSpan.FromDays(30));
        _dialogState = ConversationState.CreateProperty<DialogState>(nameof(DialogState));
        var pipeline = new MiddlewareSet().Use(new AutoSaveStateMiddleware(ConversationState));
        foreach (var middleware in middlewares ?? []) pipeline.Use(middleware);
        _adapter = new HelplineAdapter(pipeline, NullLogger<HelplineAdapter>.Instance);
    }

    public string ChannelId { get; }

    public string UserId { get; }

    public string ConversationId { get; }

    public ConversationState ConversationState { get; }

    /// <summary>The dialog stack's status after the last turn.</summary>
    public DialogTurnResult? DialogTurnResult { get; private set; }

    /// <summary>Every reply of the last turn, in order.</summary>
    public IReadOnlyList<Activity> LastTurnReplies { get; private set; } = [];

    /// <summary>Sends a message and returns the first reply (the rest wait in <see cref="GetNextReply"/>).</summary>
    public Task<Activity?> SendActivityAsync(string text, CancellationToken cancellationToken = default) =>
        SendActivityAsync(CreateMessage(text), cancellationToken);

    public async Task<Activity?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        _replies.Clear();
        var replies = await _adapter.ProcessActivityAsync(activity, RunDialogAsync, cancellationToken).ConfigureAwait(false);
        LastTurnReplies = replies;
        foreach (var reply in replies) _replies.Enqueue(reply);
        return GetNextReply();
    }

    public Activity? GetNextReply() => _replies.TryDequeue(out var reply) ? reply : null;

    /// <summary>A message from the test user on this client's channel and conversation.</summary>
    public Activity CreateMessage(string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = $"m{++_sequence}",
        ChannelId = ChannelId,
        Text = text,
        From = new ChannelAccount(UserId, role: "user"),
        Recipient = new ChannelAccount("helpline", role: "bot"),
        Conversation = new ConversationAccount { Id = ConversationId },
        Timestamp = DateTimeOffset.UtcNow,
    };

    private async Task RunDialogAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dialogSet = new DialogSet(_dialogState);
        dialogSet.Add(_dialog);
        var dc = await dialogSet.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dc.BeginDialogAsync(_dialog.Id, _initialOptions, cancellationToken).ConfigureAwait(false);
        }
        DialogTurnResult = result;
    }
}
