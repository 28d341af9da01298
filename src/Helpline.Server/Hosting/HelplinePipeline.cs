using Helpline.Core.State;
using Helpline.Core.Turns;
using Helpline.Dialogs.Culture;
using Helpline.Server.Counselling;
using Helpline.Server.Sms;

namespace Helpline.Server.Hosting;

/// <summary>
/// The order of the turn pipeline (ARCHITECTURE.md, "One message, end to end"):
/// state load/save around everything -> culture (language and country) -> SMS keywords -> safety screen
/// -> handoff router (a conversation with a counsellor goes to them, not to the bot) -> the bot.
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
        set.Use(services.GetRequiredService<CultureMiddleware>());
        set.Use(services.GetRequiredService<SmsKeywordsMiddleware>());
        // Counselling: every message is screened, then routed to a counsellor while a ticket is open.
        if (services.GetService<SafetyScreenMiddleware>() is { } safety) set.Use(safety);
        if (services.GetService<HandoffRouter>() is { } handoff) set.Use(handoff);
        return set;
    }
}
