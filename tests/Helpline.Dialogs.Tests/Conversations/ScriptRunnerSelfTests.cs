using Helpline.Core.Schema;
using Helpline.Testing.Conversations;
using Xunit.Sdk;

namespace Helpline.Dialogs.Tests.Conversations;

/// <summary>The runner's checks themselves must be able to fail.</summary>
public sealed class ScriptRunnerSelfTests
{
    [Fact]
    public void AnEnglishStringInAnUkrainianConversationFails()
    {
        using var host = new HelplineTestHost();
        var runner = new ScriptRunner(host, "uk", sms: true);
        var english = new Activity { Text = "Sorry, something went wrong on our side. Please write again." };

        var error = Assert.Throws<XunitException>(() => runner.AssertNoEnglish("self-test", [english]));

        Assert.Contains("English", error.Message);
    }

    [Fact]
    public void AReplyInTheWrongCultureFails()
    {
        using var host = new HelplineTestHost();
        var runner = new ScriptRunner(host, "ro-MD", sms: true);
        var romanianOfRomania = new Activity { Text = "Bună! Suntem o linie gratuită pentru tineri și familii, despre muncă și călătorii în străinătate." };

        Assert.Throws<XunitException>(() => runner.AssertReplies("self-test", [new ExpectedReply("Welcome.Greeting")], [romanianOfRomania]));
    }

    [Fact]
    public void MissingOrExtraRepliesFail()
    {
        using var host = new HelplineTestHost();
        var runner = new ScriptRunner(host, "en", sms: false);

        Assert.Throws<XunitException>(() => runner.AssertReplies("self-test", [new ExpectedReply("Delete.Done")], []));
        Assert.Throws<XunitException>(() => runner.AssertReplies("self-test", [], [new Activity { Text = "extra" }]));
    }

    [Fact]
    public void ButtonsAreCheckedOnWebChat()
    {
        using var host = new HelplineTestHost();
        var runner = new ScriptRunner(host, "en", sms: false);
        var withoutButtons = new Activity { Text = "What would you like to do?" };

        Assert.Throws<XunitException>(() => runner.AssertReplies("self-test", [new ExpectedReply("Menu.Prompt", SuggestedActions: 7)], [withoutButtons]));
    }
}
