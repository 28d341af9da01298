using Helpline.Core.Dialogs;
using Helpline.Core.Dialogs.Choices;
using Helpline.Core.Dialogs.Prompts;
using Helpline.Core.Schema;

namespace Helpline.Core.Tests.Dialogs;

/// <summary>Small dialogs for the framework tests (the shapes of CoreBot's booking flow).</summary>
internal static class TestDialogs
{
    public static ConfirmChoices YesNo => new(new Choice("yes", "y"), new Choice("no", "n"));

    /// <summary>Asks a name, then a colour (choice), then a confirmation; ends with "name/colour/confirmed".</summary>
    public static WaterfallDialog Booking(string id = "booking") => new(id,
    [
        async (step, ct) =>
        {
            var known = step.OptionsAs<string>();
            if (known is not null) return await step.NextAsync(known, ct);
            return await step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = Activity.CreateMessageActivity("Your name?") }, ct);
        },
        async (step, ct) =>
        {
            step.Values["name"] = (string)step.Result!;
            return await step.PromptAsync(nameof(ChoicePrompt), new PromptOptions
            {
                Prompt = Activity.CreateMessageActivity("Pick a colour"),
                RetryPrompt = Activity.CreateMessageActivity("Please pick one of the colours"),
                Choices = [new Choice("red") { Title = "Red" }, new Choice("green", "verde") { Title = "Green" }, new Choice("blue") { Title = "Blue" }],
            }, ct);
        },
        async (step, ct) =>
        {
            step.Values["colour"] = step.ResultAs<FoundChoice>()!.Value;
            return await step.PromptAsync(nameof(ConfirmPrompt), new PromptOptions { Prompt = Activity.CreateMessageActivity("Sure?") }, ct);
        },
        async (step, ct) =>
        {
            var summary = $"{step.Values.GetValue<string>("name")}/{step.Values.GetValue<string>("colour")}/{step.ResultAs<bool>()}";
            await step.Context.SendActivityAsync(summary, ct);
            return await step.EndDialogAsync(summary, ct);
        },
    ]);

    public static BookingComponent Component() => new();

    /// <summary>A component with a word that works anywhere inside it ("cancel"), like CancelAndHelpDialog.</summary>
    internal sealed class BookingComponent : ComponentDialog
    {
        public BookingComponent() : base(nameof(BookingComponent))
        {
            AddDialog(new TextPrompt(nameof(TextPrompt)));
            AddDialog(new ChoicePrompt(nameof(ChoicePrompt)));
            AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt), _ => YesNo));
            AddDialog(Booking());
            InitialDialogId = "booking";
        }

        public int Cancellations { get; private set; }

        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
        {
            switch (ChoiceText.Fold(innerDc.Context.Activity.Text))
            {
                case "cancel":
                    Cancellations++;
                    await innerDc.Context.SendActivityAsync("Cancelled", cancellationToken);
                    return await innerDc.CancelAllDialogsAsync(cancellationToken);
                case "help":
                    await innerDc.Context.SendActivityAsync("Help text", cancellationToken);
                    await innerDc.RepromptDialogAsync(cancellationToken);
                    return Dialog.EndOfTurn;
                default:
                    return await base.OnContinueDialogAsync(innerDc, cancellationToken);
            }
        }
    }
}
