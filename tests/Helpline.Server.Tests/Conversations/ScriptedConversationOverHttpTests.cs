using Helpline.Core;
using Helpline.Testing.Conversations;

namespace Helpline.Server.Tests.Conversations;

/// <summary>
/// Every scripted conversation, in every culture, through the running service's real channels: the
/// Twilio SMS webhook (numbered menus, TwiML) and Direct Line as Web Chat uses it (suggested actions).
/// The same scripts run in process in the dialogs tests.
/// </summary>
public sealed class ScriptedConversationOverHttpTests(ScriptServerFactory factory) : IClassFixture<ScriptServerFactory>
{
    /// <summary>
    /// On SMS the channel itself answers a whole-message STOP (opt-out) and HELP (help text and child
    /// helpline), and the service has a counsellor queue: those paths have their own tests
    /// (SmsWebhookTests, the counselling tests), so the scripts written for the bot alone skip them here.
    /// </summary>
    private static readonly string[] AnsweredByTheSmsChannel = ["stop", "welcome-and-help", "counsellor-without-queue"];

    /// <summary>The service has a counsellor queue, so "talk to a counsellor" is answered by it (counselling tests).</summary>
    private static readonly string[] AnsweredByTheQueue = ["counsellor-without-queue"];

    public static TheoryData<string, string> SmsCases() => Cases(AnsweredByTheSmsChannel);

    public static TheoryData<string, string> DirectLineCases() => Cases(AnsweredByTheQueue);

    private static TheoryData<string, string> Cases(string[] skip)
    {
        var data = new TheoryData<string, string>();
        foreach (var script in ConversationScripts.All.Where(s => !skip.Contains(s.Name)))
        {
            foreach (var culture in HelplineLanguages.Cultures) data.Add(script.Name, culture);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SmsCases))]
    public async Task ScriptRunsOverTheSmsWebhook(string script, string culture)
    {
        var runner = new ScriptRunner(new SmsWebhookDriver(factory), culture, sms: true);
        await runner.RunAsync(ConversationScripts.All.Single(s => s.Name == script));
    }

    [Theory]
    [MemberData(nameof(DirectLineCases))]
    public async Task ScriptRunsOverDirectLine(string script, string culture)
    {
        var runner = new ScriptRunner(new DirectLineDriver(factory, culture), culture, sms: false);
        await runner.RunAsync(ConversationScripts.All.Single(s => s.Name == script));
    }
}
