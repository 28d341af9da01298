namespace Helpline.Testing.Conversations;

/// <summary>
/// The helpline's scripted conversations, shared by the dialog tests (through the pipeline in memory)
/// and the server's end-to-end tests (SMS webhook and Direct Line). Every script starts a new
/// conversation with <c>$greeting</c> and is meant for every culture and both channels.
/// </summary>
public static class ConversationScripts
{
    public static readonly ExpectedReply[] FullMenu =
    [
        new("Menu.Sms", Channel: ReplyChannel.Sms),
        new("Menu.Prompt", Channel: ReplyChannel.Web, SuggestedActions: 7),
    ];

    public static readonly ExpectedReply[] MenuAgain =
    [
        new("Menu.Again", Channel: ReplyChannel.Sms),
        new("Menu.Prompt", Channel: ReplyChannel.Web, SuggestedActions: 7),
    ];

    public static readonly ExpectedReply[] Welcome =
    [
        new("Welcome.Greeting"),
        new("Welcome.Privacy", Args: ["{retentionDays}"]),
        .. FullMenu,
    ];

    public static readonly ExpectedReply WhoCanHelp = new("who-can-help", ExpectedReply.Composed);

    public static readonly ExpectedReply JobOfferAnswer = new("job-offer", ExpectedReply.Composed);

    public static readonly ExpectedReply JobOfferMore = new("job-offer-more", ExpectedReply.Composed, ReplyChannel.Sms);

    private static ScriptTurn Start => new("$greeting", Welcome);

    public static readonly ConversationScript WelcomeAndHelp = new("welcome-and-help",
    [
        Start,
        new("$key:Keyword.Help", [new("Help.Text", Args: ["{childHelpline}"]), .. FullMenu]),
        new("$menu:Help", [new("Help.Text", Args: ["{childHelpline}"]), .. MenuAgain]),
    ]);

    public static readonly ConversationScript CheckOfferFromMenu = new("check-offer-from-menu",
    [
        Start,
        new("$menu:CheckOffer", [new("Offer.Paste")]),
        new("$offer", [new("Offer.Who.Sms", Channel: ReplyChannel.Sms), new("Offer.Who.Prompt", Channel: ReplyChannel.Web, SuggestedActions: 6)]),
        new("$who:Partner", [new("Offer.Age")]),
        // The risk answer; on SMS its first text ends with "reply 1 for more".
        new("16", [JobOfferAnswer, new("Menu.Prompt", Channel: ReplyChannel.Web, SuggestedActions: 7)]),
        new("1", [JobOfferMore, new("Menu.Again", Channel: ReplyChannel.Sms)], Only: ReplyChannel.Sms),
    ]);

    public static readonly ConversationScript PastedOffer = new("pasted-offer",
    [
        Start,
        new("$offer", [new("Offer.Who.Sms", Channel: ReplyChannel.Sms), new("Offer.Who.Prompt", Channel: ReplyChannel.Web, SuggestedActions: 6)]),
        new("$who:Stranger", [new("Offer.Age")]),
        new("$key:Keyword.Menu", FullMenu),
    ]);

    public static readonly ConversationScript TopicQuestion = new("topic-question",
    [
        Start,
        new("$topic-question", [
            new("Advice.Passport.Sms", ExpectedReply.AdviceStrings, ReplyChannel.Sms),
            new("Advice.Passport.Web", ExpectedReply.AdviceStrings, ReplyChannel.Web),
            .. MenuAgain]),
    ]);

    public static readonly ConversationScript AdviceMenu = new("advice-menu",
    [
        Start,
        new("$menu:Advice", [
            new("Advice.Menu.Sms", ExpectedReply.AdviceStrings, ReplyChannel.Sms),
            new("Advice.Menu.Sms2", ExpectedReply.AdviceStrings, ReplyChannel.Sms),
            new("Advice.Menu.Prompt", ExpectedReply.AdviceStrings, ReplyChannel.Web, SuggestedActions: 13)]),
        new("$advice:Fees", [
            new("Advice.Fees.Sms", ExpectedReply.AdviceStrings, ReplyChannel.Sms),
            new("Advice.Fees.Web", ExpectedReply.AdviceStrings, ReplyChannel.Web),
            .. MenuAgain]),
    ]);

    public static readonly ConversationScript WhoCanHelpFromMenu = new("who-can-help",
    [
        Start,
        new("$menu:WhoCanHelp", [WhoCanHelp, .. MenuAgain]),
    ]);

    /// <summary>Without a counsellor service registered: the fallback numbers.</summary>
    public static readonly ConversationScript CounsellorWithoutQueue = new("counsellor-without-queue",
    [
        Start,
        new("$menu:Counsellor", [new("Counsellor.Unavailable"), WhoCanHelp, .. MenuAgain]),
    ]);

    public static readonly ConversationScript LanguageSwitch = new("language-switch",
    [
        Start,
        new("$menu:Language", [new("Language.Menu", SuggestedActions: 5)]),
        new("$language:{target}", [new("Language.Changed"), .. FullMenu], SwitchesTo: "{target}"),
        new("$language-name:{original}", [new("Language.Changed"), .. FullMenu], SwitchesTo: "{original}"),
    ]);

    public static readonly ConversationScript DeleteConfirmed = new("delete-confirmed",
    [
        Start,
        new("$key:Keyword.Delete", [new("Delete.Confirm", SuggestedActions: 2)]),
        new("$key:Keyword.Yes", [new("Delete.Done")]),
        // Nothing is left: the next message is a new conversation.
        Start,
    ]);

    public static readonly ConversationScript DeleteDeclined = new("delete-declined",
    [
        Start,
        new("$menu:DeleteData", [new("Delete.Confirm", SuggestedActions: 2)]),
        new("$key:Keyword.No", [new("Delete.Cancelled"), .. MenuAgain]),
        new("$key:Keyword.Menu", FullMenu),
    ]);

    public static readonly ConversationScript StopAndComeBack = new("stop",
    [
        Start,
        new("$menu:CheckOffer", [new("Offer.Paste")]),
        new("STOP", [new("Stop.Done")]),
        new("$greeting", FullMenu),
    ]);

    public static readonly ConversationScript NotUnderstood = new("not-understood",
    [
        Start,
        new("zzz qqq", [new("Menu.NotUnderstood", SuggestedActions: 7)]),
        new("$menu:WhoCanHelp", [WhoCanHelp, .. MenuAgain]),
    ]);

    public static IReadOnlyList<ConversationScript> All { get; } =
    [
        WelcomeAndHelp, CheckOfferFromMenu, PastedOffer, TopicQuestion, AdviceMenu, WhoCanHelpFromMenu,
        CounsellorWithoutQueue, LanguageSwitch, DeleteConfirmed, DeleteDeclined, StopAndComeBack, NotUnderstood,
    ];
}
