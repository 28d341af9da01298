using System.Text.Json;
using Helpline.Core.Dialogs;
using Helpline.Core.Dialogs.Choices;
using Helpline.Core.Dialogs.Prompts;
using Helpline.Core.Schema;
using Helpline.Core.State;
using Helpline.Core.Turns;

namespace Helpline.Core.Tests.Dialogs;

public sealed class DialogStateTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void AStackWithNestedStateSurvivesJson()
    {
        var inner = new DialogState([new DialogInstance("prompt") { State = { ["attemptCount"] = 2, ["options"] = new PromptOptions { Choices = [new Choice("a")] } } }]);
        var state = new DialogState([new DialogInstance("main") { State = { ["dialogs"] = inner, ["stepIndex"] = 1 } }]);

        var copy = JsonSerializer.Deserialize<DialogState>(JsonSerializer.Serialize(state, Web), Web)!;

        var main = Assert.Single(copy.DialogStack);
        Assert.Equal("main", main.Id);
        Assert.Equal(1, main.State.GetValue<int>("stepIndex"));
        var nested = main.State.GetValue<DialogState>("dialogs")!;
        Assert.Same(nested, main.State["dialogs"]);
        var prompt = Assert.Single(nested.DialogStack);
        Assert.Equal(2, prompt.State.GetValue<int>("attemptCount"));
        Assert.Equal("a", prompt.State.GetValue<PromptOptions>("options")!.Choices![0].Value);
    }

    [Fact]
    public async Task RunAsyncBeginsOnAnEmptyStackAndContinuesAfterwards()
    {
        var store = new InMemoryConversationStateStore();
        var state = new ConversationState(store, TimeSpan.FromDays(1));
        var accessor = state.CreateProperty<DialogState>("DialogState");
        var dialog = new EchoTwice();

        var first = await RunTurnAsync(state, accessor, dialog, "one");
        var second = await RunTurnAsync(state, accessor, dialog, "two");
        var third = await RunTurnAsync(state, accessor, dialog, "three");

        Assert.Equal((DialogTurnStatus.Waiting, "begin:one"), first);
        Assert.Equal((DialogTurnStatus.Complete, "continue:two"), second);
        Assert.Equal((DialogTurnStatus.Waiting, "begin:three"), third);
        Assert.Contains("echo", (await store.ReadAsync("directline/conversations/c1"))!.Json);
    }

    [Fact]
    public async Task CancelAllDialogsEndsEveryDialogWithTheCancelReason()
    {
        var context = new TurnContext(new Activity { ChannelId = ChannelIds.DirectLine, Text = "x" });
        var recorder = new Recorder();
        var set = new DialogSet().Add(recorder);
        var dc = new DialogContext(set, context, new DialogState());
        await dc.BeginDialogAsync(recorder.Id);
        await dc.BeginDialogAsync(recorder.Id);

        var result = await dc.CancelAllDialogsAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, result.Status);
        Assert.Empty(dc.Stack);
        Assert.Equal([DialogReason.CancelCalled, DialogReason.CancelCalled], recorder.Ended);
        Assert.Equal(DialogTurnStatus.Empty, (await dc.CancelAllDialogsAsync()).Status);
    }

    [Fact]
    public async Task BeginningAnUnknownDialogFailsLoudly()
    {
        var dc = new DialogContext(new DialogSet(), new TurnContext(new Activity()), new DialogState());

        await Assert.ThrowsAsync<InvalidOperationException>(() => dc.BeginDialogAsync("nowhere"));
    }

    [Fact]
    public void TwoDialogsWithOneIdCannotShareASet()
    {
        var set = new DialogSet().Add(new Recorder());

        Assert.Throws<InvalidOperationException>(() => set.Add(new Recorder()));
    }

    private static async Task<(DialogTurnStatus, string?)> RunTurnAsync(ConversationState state, IStatePropertyAccessor<DialogState> accessor, Dialog dialog, string text)
    {
        var context = new TurnContext(new Activity { ChannelId = ChannelIds.DirectLine, Conversation = new ConversationAccount("c1"), Text = text });
        await state.LoadAsync(context);
        var result = await dialog.RunAsync(context, accessor);
        await state.SaveChangesAsync(context);
        return (result.Status, context.Replies.SingleOrDefault()?.Text);
    }

    private sealed class EchoTwice() : Dialog("echo")
    {
        public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
        {
            await dc.Context.SendActivityAsync("begin:" + dc.Context.Activity.Text, cancellationToken);
            return EndOfTurn;
        }

        public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
        {
            await dc.Context.SendActivityAsync("continue:" + dc.Context.Activity.Text, cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }
    }

    private sealed class Recorder() : Dialog("recorder")
    {
        public List<DialogReason> Ended { get; } = [];

        public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(EndOfTurn);

        public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        {
            Ended.Add(reason);
            return Task.CompletedTask;
        }
    }
}
