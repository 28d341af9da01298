using Helpline.Core.Dialogs;
using Helpline.Core.Dialogs.Choices;
using Helpline.Core.Dialogs.Prompts;
using Helpline.Core.Schema;
using Helpline.Testing.Dialogs;

namespace Helpline.Core.Tests.Dialogs;

public sealed class PromptTests
{
    private static readonly List<Choice> Colours =
        [new Choice("red") { Title = "Red" }, new Choice("green", "verde") { Title = "Green" }, new Choice("blue") { Title = "Blue" }];

    private static WaterfallDialog AskColour() => new("ask",
    [
        (step, ct) => step.PromptAsync(nameof(ChoicePrompt), new PromptOptions
        {
            Prompt = Activity.CreateMessageActivity("Pick a colour"),
            RetryPrompt = Activity.CreateMessageActivity("Please pick one"),
            Choices = Colours,
        }, ct),
        async (step, ct) =>
        {
            var found = step.ResultAs<FoundChoice>()!;
            await step.Context.SendActivityAsync($"{found.Value}#{found.Index}", ct);
            return await step.EndDialogAsync(found.Value, ct);
        },
    ]);

    private static DialogTestClient Client(string channelId) => new(channelId, new Component(AskColour()));

    [Fact]
    public async Task ChoicePromptOnSmsPutsANumberedListInTheText()
    {
        var prompt = await Client(ChannelIds.Sms).SendActivityAsync("hi");

        Assert.Equal("Pick a colour\n1. Red\n2. Green\n3. Blue", prompt!.Text);
        Assert.Null(prompt.SuggestedActions);
    }

    [Fact]
    public async Task ChoicePromptOnWebChatSendsImBackSuggestedActions()
    {
        var prompt = await Client(ChannelIds.DirectLine).SendActivityAsync("hi");

        Assert.Equal("Pick a colour", prompt!.Text);
        Assert.Equal(["Red", "Green", "Blue"], prompt.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.All(prompt.SuggestedActions.Actions, a => Assert.Equal("imBack", a.Type));
        Assert.Equal(["Red", "Green", "Blue"], prompt.SuggestedActions.Actions.Select(a => (string)a.Value!));
    }

    [Theory]
    [InlineData("2", "green#1")]
    [InlineData(" 3. ", "blue#2")]
    [InlineData("GREEN", "green#1")]
    [InlineData("Verde", "green#1")]
    [InlineData("red!", "red#0")]
    public async Task ChoicePromptAcceptsTheNumberTheWordOrASynonym(string reply, string expected)
    {
        var client = Client(ChannelIds.Sms);
        await client.SendActivityAsync("hi");

        Assert.Equal(expected, (await client.SendActivityAsync(reply))!.Text);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("0")]
    [InlineData("I want the red one and maybe green")]
    public async Task ChoicePromptAsksAgainWhenTheReplyPicksNothing(string reply)
    {
        var client = Client(ChannelIds.Sms);
        await client.SendActivityAsync("hi");

        var retry = await client.SendActivityAsync(reply);

        Assert.Equal("Please pick one\n1. Red\n2. Green\n3. Blue", retry!.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
        Assert.Equal("blue#2", (await client.SendActivityAsync("blue"))!.Text);
    }

    [Fact]
    public async Task AValidatorCanRefuseARecognisedAnswerAndCountsAttempts()
    {
        var attempts = new List<int>();
        var component = new Component(AskColour(), new ChoicePrompt(nameof(ChoicePrompt), (ctx, ct) =>
        {
            attempts.Add(ctx.AttemptCount);
            return Task.FromResult(ctx.Recognized.Succeeded && ctx.Recognized.Value!.Value != "red");
        }));
        var client = new DialogTestClient(ChannelIds.DirectLine, component);
        await client.SendActivityAsync("hi");

        Assert.Equal("Please pick one", (await client.SendActivityAsync("red"))!.Text);
        Assert.Equal("green#1", (await client.SendActivityAsync("green"))!.Text);
        Assert.Equal([1, 2], attempts);
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("Y", true)]
    [InlineData("1", true)]
    [InlineData("no", false)]
    [InlineData("2", false)]
    public async Task ConfirmPromptUnderstandsItsWordsAndNumbers(string reply, bool expected)
    {
        var confirm = new WaterfallDialog("confirm",
        [
            (step, ct) => step.PromptAsync(nameof(ConfirmPrompt), new PromptOptions { Prompt = Activity.CreateMessageActivity("Sure?") }, ct),
            (step, ct) => step.EndDialogAsync(step.ResultAs<bool>(), ct),
        ]);
        var client = new DialogTestClient(ChannelIds.Sms, new Component(confirm, new ConfirmPrompt(nameof(ConfirmPrompt), _ => TestDialogs.YesNo)));
        Assert.Equal("Sure?\n1. yes\n2. no", (await client.SendActivityAsync("hi"))!.Text);

        await client.SendActivityAsync(reply);

        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Equal(expected, client.DialogTurnResult.Result);
    }

    [Fact]
    public async Task TextPromptDoesNotAcceptAnEmptyMessage()
    {
        var ask = new WaterfallDialog("ask",
        [
            (step, ct) => step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = Activity.CreateMessageActivity("Paste it") }, ct),
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        ]);
        var client = new DialogTestClient(ChannelIds.DirectLine, new Component(ask, new TextPrompt(nameof(TextPrompt))));
        await client.SendActivityAsync("hi");

        Assert.Equal("Paste it", (await client.SendActivityAsync("   "))!.Text);
        await client.SendActivityAsync("  the offer  ");
        Assert.Equal("the offer", client.DialogTurnResult!.Result);
    }

    private sealed class Component : ComponentDialog
    {
        public Component(Dialog main, Dialog? prompt = null) : base("component")
        {
            AddDialog(main);
            AddDialog(prompt ?? new ChoicePrompt(nameof(ChoicePrompt)));
        }
    }
}
