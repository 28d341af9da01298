using System.Globalization;
using Helpline.Core.Counselling;
using Helpline.Core.Languages;
using Helpline.Core.Schema;
using Helpline.Core.State;
using Helpline.Core.Turns;
using Helpline.Dialogs.Culture;
using Helpline.Dialogs.Dialogs;
using Helpline.Dialogs.JobOffers;
using Helpline.Dialogs.Tests.Conversations;
using Helpline.Locales;
using Helpline.Testing.Conversations;
using Microsoft.Extensions.Localization;

namespace Helpline.Dialogs.Tests.Dialogs;

public sealed class FlowTests
{
    private static string S(HelplineTestHost host, string culture, string key) =>
        host.Get<IStringLocalizer<Strings>>().InCulture(culture, key)!;

    [Fact]
    public async Task WebChatOpensWithTheWelcomeAndSmsNeverWritesFirst()
    {
        using var host = new HelplineTestHost();
        var web = new ScriptUser("uk", sms: false);
        var sms = new ScriptUser("uk", sms: true);

        var webReplies = await host.SendAsync(web.JoinWebChat());
        var smsReplies = await host.SendAsync(sms.JoinWebChat());

        Assert.Equal(S(host, "uk", "Welcome.Greeting"), webReplies[0].Text);
        Assert.Equal(S(host, "uk", "Menu.Prompt"), webReplies[^1].Text);
        Assert.Empty(smsReplies);
    }

    [Fact]
    public async Task PastedOfferAsTheFirstMessageGoesStraightToTheCheckQuestions()
    {
        using var host = new HelplineTestHost();
        var runner = new ScriptRunner(host, "ro", sms: true);

        await runner.RunAsync(new ConversationScript("first-message-offer",
        [
            new("$offer", [new("Welcome.Greeting"), new("Welcome.Privacy", Args: ["{retentionDays}"]), new("Offer.Who.Sms")]),
            new("$who:Relative", [new("Offer.Age")]),
            new("Am 15 ani", [ConversationScripts.JobOfferAnswer]),
            new("mersi", [new("Menu.Again")]),
        ]));

        var request = Assert.Single(host.JobOffers.Requests);
        Assert.Equal(ScriptSamples.Offer["ro"], request.Text);
        Assert.Equal(OfferSources.Relative, request.Source);
        Assert.Equal(15, request.Age);
    }

    [Fact]
    public async Task TheCheckGetsTheOfferWhoMadeItAndTheAge()
    {
        using var host = new HelplineTestHost();

        await new ScriptRunner(host, "en", sms: false).RunAsync(ConversationScripts.CheckOfferFromMenu);

        var request = Assert.Single(host.JobOffers.Requests);
        Assert.Equal(ScriptSamples.Offer["en"], request.Text);
        Assert.Equal(OfferSources.Partner, request.Source);
        Assert.Equal(16, request.Age);
    }

    [Theory]
    [InlineData("uk", true, "Sms_Risk_High")]
    [InlineData("sq", false, "Risk_High")]
    [InlineData("ro-MD", true, "Sms_Risk_High")]
    public async Task ARiskyOfferGetsTheHighRiskAnswerInTheUsersLanguage(string culture, bool sms, string key)
    {
        using var host = new HelplineTestHost();
        var user = new ScriptUser(culture, sms);
        var language = Helpline.Core.HelplineLanguages.BaseLanguage(culture);
        await host.SendAsync(user.Message(ScriptSamples.Offer[language]));
        await host.SendAsync(user.Message(sms ? "1" : S(host, culture, "Offer.Who.Stranger")));

        var answer = await host.SendAsync(user.Message("15"));

        var high = host.Get<IStringLocalizer<JobOfferStrings>>().InCulture(culture, key)!;
        // SMS texts drop their diacritics when that makes them GSM-7 (cheaper).
        Assert.StartsWith(sms ? SmsText.Plain(high) : high, answer[0].Text);
        Assert.Equal(sms ? 1 : 2, answer.Count);
    }

    [Fact]
    public async Task OnSmsOneSendsTheRestOfTheAnswerAndAnythingElseMovesOn()
    {
        using var host = new HelplineTestHost();
        var user = new ScriptUser("ru", sms: true);
        await host.SendAsync(user.Message(ScriptSamples.Offer["ru"]));
        await host.SendAsync(user.Message("2"));
        await host.SendAsync(user.Message("17"));

        var other = await host.SendAsync(user.Message(ScriptSamples.TopicQuestion["ru"]));

        Assert.Equal(host.Get<IStringLocalizer<AdviceStrings>>().InCulture("ru", "Advice.Passport.Sms"), other[0].Text);
    }

    [Fact]
    public async Task UnclearAnswersToTheCheckQuestionsAreLeftUnknown()
    {
        using var host = new HelplineTestHost();
        var user = new ScriptUser("en", sms: true);
        await host.SendAsync(user.Message(ScriptSamples.Offer["en"]));

        await host.SendAsync(user.Message("not sure"));
        await host.SendAsync(user.Message("I'd rather not say"));

        var request = Assert.Single(host.JobOffers.Requests);
        Assert.Null(request.Source);
        Assert.Null(request.Age);
    }

    [Fact]
    public async Task CounsellorRequestGoesToTheEscalationServiceWhenThereIsOne()
    {
        var escalations = new RecordingEscalations();
        using var host = new HelplineTestHost(escalations: escalations);
        var user = new ScriptUser("sq", sms: true);
        await host.SendAsync(user.Message(ScriptSamples.Greeting["sq"]));

        var replies = await host.SendAsync(user.Message("4"));

        Assert.Equal([CounsellorRequestDialog.UserAskedReason], escalations.Reasons);
        Assert.Equal(RecordingEscalations.Reply, replies[0].Text);
        Assert.DoesNotContain(replies, r => r.Text == S(host, "sq", "Counsellor.Unavailable"));
        Assert.Equal(S(host, "sq", "Menu.Again"), replies[^1].Text);
    }

    [Fact]
    public async Task DeleteErasesConversationUserStateAndTranscriptButKeepsWhatAnOpenTicketNeeds()
    {
        var eraser = new RecordingEraser(keptForOpenTicket: true);
        using var host = new HelplineTestHost(transcripts: eraser);
        var user = new ScriptUser("ru", sms: true);
        var userKey = $"sms/users/{user.UserId}";
        await host.Store.WriteAsync(userKey, """{"note":1}""", null, TimeSpan.FromDays(1));
        await host.SendAsync(user.Message(ScriptSamples.Greeting["ru"]));
        Assert.NotNull(await host.Store.ReadAsync(ConversationState.KeyFor("sms", user.ConversationId)));

        await host.SendAsync(user.Message("УДАЛИТЬ"));
        var replies = await host.SendAsync(user.Message("да"));

        Assert.Equal(S(host, "ru", "Delete.KeptForCounsellor"), Assert.Single(replies).Text);
        Assert.Equal(1, eraser.Calls);
        Assert.Null(await host.Store.ReadAsync(ConversationState.KeyFor("sms", user.ConversationId)));
        Assert.Null(await host.Store.ReadAsync(userKey));
    }

    [Fact]
    public async Task AnythingButAClearYesErasesNothing()
    {
        var eraser = new RecordingEraser(keptForOpenTicket: false);
        using var host = new HelplineTestHost(transcripts: eraser);
        var user = new ScriptUser("en", sms: true);
        await host.SendAsync(user.Message(ScriptSamples.Greeting["en"]));
        await host.SendAsync(user.Message("DELETE"));

        var first = await host.SendAsync(user.Message("maybe"));
        var second = await host.SendAsync(user.Message("hmm"));

        Assert.Equal(S(host, "en", "Delete.Confirm"), first[0].Text);
        Assert.Equal(S(host, "en", "Delete.Cancelled"), second[0].Text);
        Assert.Equal(0, eraser.Calls);
        Assert.NotNull(await host.Store.ReadAsync(ConversationState.KeyFor("sms", user.ConversationId)));
    }

    [Fact]
    public async Task TheCountryIsAskedOnceAndMoldovaMakesRomanianReadRoMd()
    {
        using var host = new HelplineTestHost();
        var user = new ScriptUser("ro", sms: false);
        var join = user.Message(ScriptSamples.Greeting["ro"]);
        join.ChannelData = null;
        join.Locale = null;

        var welcome = await host.SendAsync(join);
        Assert.Equal(S(host, "ro", "Country.Ask"), welcome[^1].Text);

        var menu = await host.SendAsync(Plain(user, "2"));
        Assert.Equal(S(host, "ro-MD", "Menu.Prompt"), menu.Single().Text);

        var help = await host.SendAsync(Plain(user, "AJUTOR"));
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, S(host, "ro-MD", "Help.Text"), "116 111"), help[0].Text);
        Assert.NotEqual(S(host, "ro", "Help.Text"), S(host, "ro-MD", "Help.Text"));
    }

    [Fact]
    public async Task AnOfferFromAnUnknownCountryIsCheckedOnceTheCountryIsAnswered()
    {
        using var host = new HelplineTestHost();
        var user = new ScriptUser("en", sms: true);
        var first = user.Message(ScriptSamples.Offer["en"]);
        first.From = new ChannelAccount("+4915112345678", role: "user");

        var welcome = await host.SendAsync(first);
        var next = await host.SendAsync(WithFrom(user.Message("4"), first.From));

        Assert.Equal(S(host, "en", "Country.Ask"), welcome[^1].Text);
        Assert.Equal(S(host, "en", "Offer.Who.Sms"), Assert.Single(next).Text);
        var answer = await host.SendAsync(WithFrom(user.Message("1"), first.From));
        Assert.Equal(S(host, "en", "Offer.Age"), Assert.Single(answer).Text);
    }

    private static Activity WithFrom(Activity activity, ChannelAccount from)
    {
        activity.From = from;
        return activity;
    }

    [Fact]
    public async Task AnAnswerToTheCountryQuestionThatIsNoCountryIsUnderstoodAndNotAskedAgain()
    {
        using var host = new HelplineTestHost();
        var user = new ScriptUser("en", sms: false);
        await host.SendAsync(Plain(user, ScriptSamples.Greeting["en"]));

        var answer = await host.SendAsync(Plain(user, ScriptSamples.TopicQuestion["en"]));
        var later = await host.SendAsync(Plain(user, "MENU"));

        Assert.Equal(host.Get<IStringLocalizer<AdviceStrings>>().InCulture("en", "Advice.Passport.Web"), answer[0].Text);
        Assert.Equal(S(host, "en", "Menu.Prompt"), Assert.Single(later).Text);
    }

    [Fact]
    public async Task AChosenLanguageStaysUntilTheUserAsksAgain()
    {
        using var host = new HelplineTestHost();
        var user = new ScriptUser("ro", sms: true);
        await host.SendAsync(user.Message(ScriptSamples.Greeting["ro"]));

        var changed = await host.SendAsync(user.Message("english"));
        var stillEnglish = await host.SendAsync(user.Message("Salut, mersi"));

        Assert.Equal(S(host, "en", "Language.Changed"), changed[0].Text);
        Assert.Equal(S(host, "en", "Menu.NotUnderstood"), stillEnglish.Single().Text);
    }

    [Fact]
    public async Task HelpInsideAFlowAnswersAndAsksTheSameQuestionAgain()
    {
        using var host = new HelplineTestHost();
        var user = new ScriptUser("uk", sms: false);
        await host.SendAsync(user.Message(ScriptSamples.Greeting["uk"]));
        await host.SendAsync(user.Message(ScriptSamples.Offer["uk"]));

        var replies = await host.SendAsync(user.Message("допомога"));

        Assert.Equal(2, replies.Count);
        Assert.StartsWith(S(host, "uk", "Help.Text")[..20], replies[0].Text);
        Assert.Equal(S(host, "uk", "Offer.Who.Prompt"), replies[1].Text);
        Assert.Equal(6, replies[1].SuggestedActions!.Actions.Count);
        Assert.Empty(host.JobOffers.Requests);
    }

    [Fact]
    public async Task APictureWithoutTextGetsAPoliteAnswer()
    {
        using var host = new HelplineTestHost();
        var user = new ScriptUser("sq", sms: true);
        await host.SendAsync(user.Message(ScriptSamples.Greeting["sq"]));
        var media = user.Message("");
        media.Attachments = [new Attachment { ContentType = "image/jpeg", ContentUrl = "https://example.org/a.jpg" }];

        var replies = await host.SendAsync(media);

        Assert.Equal(S(host, "sq", "Media.NotSupported"), Assert.Single(replies).Text);
    }

    [Fact]
    public async Task ATurnErrorApologisesInTheUsersLanguageAndStartsAfresh()
    {
        using var host = new HelplineTestHost(jobOffers: new FailingJobOfferCheck());
        var user = new ScriptUser("uk", sms: true);
        await host.SendAsync(user.Message(ScriptSamples.Offer["uk"]));
        await host.SendAsync(user.Message("1"));

        var failed = await host.SendAsync(user.Message("16"));
        var after = await host.SendAsync(user.Message("меню"));

        Assert.Equal(S(host, "uk", "Error.Apology"), Assert.Single(failed).Text);
        Assert.Equal(S(host, "uk", "Menu.Sms"), Assert.Single(after).Text);
    }

    [Fact]
    public async Task LaterMiddlewareSeesTheTurnCulture()
    {
        var seen = new List<(TurnCulture?, string)>();
        using var host = new HelplineTestHost();
        host.Adapter.Middleware.Use(new Probe(seen));
        var user = new ScriptUser("ro-MD", sms: true);

        await host.SendAsync(user.Message(ScriptSamples.Greeting["ro"]));

        var (turnCulture, uiCulture) = Assert.Single(seen);
        Assert.Equal(new TurnCulture("ro", "MD", "ro-MD"), turnCulture);
        Assert.Equal("ro-MD", uiCulture);
    }

    private static Activity Plain(ScriptUser user, string text)
    {
        var activity = user.Message(text);
        activity.ChannelData = null;
        activity.Locale = null;
        return activity;
    }

    private sealed class Probe(List<(TurnCulture?, string)> seen) : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
        {
            seen.Add((turnContext.TurnState.Get<TurnCulture>(), CultureInfo.CurrentUICulture.Name));
            return next(cancellationToken);
        }
    }

    private sealed class RecordingEscalations : IEscalationRequests
    {
        public const string Reply = "[queued]";

        public List<string> Reasons { get; } = [];

        public async Task RequestCounsellorAsync(ITurnContext turnContext, string reason, CancellationToken cancellationToken)
        {
            Reasons.Add(reason);
            await turnContext.SendActivityAsync(Reply, cancellationToken);
        }
    }

    private sealed class RecordingEraser(bool keptForOpenTicket) : ITranscriptEraser
    {
        public int Calls { get; private set; }

        public Task<TranscriptErasure> EraseConversationAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult(new TranscriptErasure(keptForOpenTicket));
        }
    }

    private sealed class FailingJobOfferCheck : IJobOfferCheck
    {
        public JobOfferReply Check(JobOfferRequest request, TurnCulture culture, AnswerChannel channel) =>
            throw new InvalidOperationException("analyser down");
    }
}
