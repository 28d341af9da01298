using Helpline.Core.Dialogs;
using Helpline.Core.Dialogs.Prompts;
using Helpline.Core.Schema;
using Helpline.Testing.Dialogs;

namespace Helpline.Core.Tests.Dialogs;

public sealed class WaterfallDialogTests
{
    [Fact]
    public async Task StepsRunInOrderAcrossTurnsAndKeepTheirValuesThroughJson()
    {
        var client = new DialogTestClient(ChannelIds.DirectLine, TestDialogs.Component());

        Assert.Equal("Your name?", (await client.SendActivityAsync("hi"))!.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
        Assert.Equal("Pick a colour", (await client.SendActivityAsync("Ana"))!.Text);
        Assert.Equal("Sure?", (await client.SendActivityAsync("Green"))!.Text);
        var done = await client.SendActivityAsync("yes");

        Assert.Equal("Ana/green/True", done!.Text);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Equal("Ana/green/True", client.DialogTurnResult.Result);
    }

    [Fact]
    public async Task NextAsyncSkipsAPromptWhoseValueIsAlreadyKnown()
    {
        var dialog = new TestDialogs.BookingComponent();
        var client = new DialogTestClient(ChannelIds.DirectLine, dialog, initialDialogOptions: "Ion");

        var first = await client.SendActivityAsync("hi");

        Assert.Equal("Pick a colour", first!.Text);
        Assert.Null(client.GetNextReply());
    }

    [Fact]
    public async Task AfterTheLastStepTheDialogIsBegunAgainOnTheNextMessage()
    {
        var client = new DialogTestClient(ChannelIds.DirectLine, TestDialogs.Component());
        foreach (var text in new[] { "hi", "Ana", "red", "no" }) await client.SendActivityAsync(text);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);

        var again = await client.SendActivityAsync("hello");

        Assert.Equal("Your name?", again!.Text);
    }

    [Fact]
    public async Task AWordThatWorksAnywhereCancelsTheInnerStack()
    {
        var dialog = new TestDialogs.BookingComponent();
        var client = new DialogTestClient(ChannelIds.DirectLine, dialog);
        await client.SendActivityAsync("hi");
        await client.SendActivityAsync("Ana");

        var reply = await client.SendActivityAsync("CANCEL");

        Assert.Equal("Cancelled", reply!.Text);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Equal(1, dialog.Cancellations);
        Assert.Equal("Your name?", (await client.SendActivityAsync("hi"))!.Text);
    }

    [Fact]
    public async Task HelpAnswersAndRepeatsTheQuestionWithoutLosingThePlace()
    {
        var client = new DialogTestClient(ChannelIds.Sms, TestDialogs.Component());
        await client.SendActivityAsync("hi");
        await client.SendActivityAsync("Ana");

        var help = await client.SendActivityAsync("help");
        var reprompt = client.GetNextReply();

        Assert.Equal("Help text", help!.Text);
        Assert.StartsWith("Pick a colour", reprompt!.Text);
        Assert.Equal("Sure?\n1. yes\n2. no", (await client.SendActivityAsync("2"))!.Text);
        Assert.Equal("Ana/green/False", (await client.SendActivityAsync("2"))!.Text);
    }

    [Fact]
    public async Task ReplaceDialogLoopsAWaterfall()
    {
        var counter = new WaterfallDialog("loop",
        [
            async (step, ct) =>
            {
                var round = step.OptionsAs<int>();
                return await step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = Activity.CreateMessageActivity($"round {round}") }, ct);
            },
            async (step, ct) =>
            {
                if ((string)step.Result! == "stop") return await step.EndDialogAsync("stopped", ct);
                return await step.ReplaceDialogAsync("loop", step.OptionsAs<int>() + 1, ct);
            },
        ]);
        var component = new LoopComponent(counter);
        var client = new DialogTestClient(ChannelIds.DirectLine, component);

        Assert.Equal("round 0", (await client.SendActivityAsync("go"))!.Text);
        Assert.Equal("round 1", (await client.SendActivityAsync("again"))!.Text);
        Assert.Equal("round 2", (await client.SendActivityAsync("again"))!.Text);
        Assert.Null(await client.SendActivityAsync("stop"));
        Assert.Equal("stopped", client.DialogTurnResult!.Result);
    }

    [Fact]
    public async Task NextAsyncCannotBeCalledTwiceInOneStep()
    {
        var twice = new WaterfallDialog("twice",
        [
            async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                return await step.NextAsync(null, ct);
            },
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
        ]);
        var client = new DialogTestClient(ChannelIds.DirectLine, new LoopComponent(twice));

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendActivityAsync("go"));
    }

    private sealed class LoopComponent : ComponentDialog
    {
        public LoopComponent(WaterfallDialog waterfall) : base("component")
        {
            AddDialog(waterfall);
            AddDialog(new TextPrompt(nameof(TextPrompt)));
        }
    }
}
