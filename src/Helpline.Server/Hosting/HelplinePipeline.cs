using Helpline.Core.State;
using Helpline.Core.Turns;
using Helpline.Server.Sms;

namespace Helpline.Server.Hosting;

/// <summary>
/// The order of the turn pipeline (ARCHITECTURE.md, "One message, end to end"):
/// state load/save around everything -> SMS keywords -> the bot.
/// </summary>
public static class HelplinePipeline
{
    public static MiddlewareSet Build(IServiceProvider services)
    {
        var set = new MiddlewareSet();
        var states = new BotState?[] { services.GetService<ConversationState>(), services.GetService<UserState>() }
            .OfType<BotState>()
            .ToArray();
        set.Use(new AutoSaveStateMiddleware(states));
        set.Use(services.GetRequiredService<SmsKeywordsMiddleware>());
        return set;
    }
}
