using Helpline.Core;
using Helpline.Testing.Conversations;

namespace Helpline.Dialogs.Tests.Conversations;

/// <summary>Every scripted conversation, in every culture, over SMS (numbered menus) and Direct Line (suggested actions).</summary>
public sealed class ScriptedConversationTests
{
    public static TheoryData<string, string, bool> Cases()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var script in ConversationScripts.All)
        {
            foreach (var culture in HelplineLanguages.Cultures)
            {
                data.Add(script.Name, culture, true);
                data.Add(script.Name, culture, false);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ScriptRunsAsWritten(string script, string culture, bool sms)
    {
        using var host = new HelplineTestHost();
        var runner = new ScriptRunner(host, culture, sms);

        await runner.RunAsync(ConversationScripts.All.Single(s => s.Name == script));
    }
}
