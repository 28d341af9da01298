using Helpline.Core;
using Helpline.Dialogs.Advice;
using Helpline.Dialogs.Dialogs;
using Helpline.Dialogs.Understanding;
using Helpline.Safety.Text;
using Helpline.Testing.Conversations;

namespace Helpline.Dialogs.Tests.Understanding;

public sealed class FreeTextUnderstandingTests : IClassFixture<FreeTextUnderstandingTests.Fixture>
{
    private readonly FreeTextUnderstanding _understanding;

    public FreeTextUnderstandingTests(Fixture fixture) => _understanding = fixture.Understanding;

    public static TheoryData<string> Languages() => [.. HelplineLanguages.Identifiable];

    [Theory]
    [MemberData(nameof(Languages))]
    public void APastedOfferStartsTheCheck(string language)
    {
        var intent = _understanding.Understand(ScriptSamples.Offer[language]);

        Assert.Equal(HelplineAction.CheckOffer, intent?.Action);
        Assert.Equal(ScriptSamples.Offer[language], intent!.Text);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void AQuestionAboutThePassportOpensThatTopic(string language)
    {
        var intent = _understanding.Understand(ScriptSamples.TopicQuestion[language]);

        Assert.Equal(new HelplineIntent(HelplineAction.Advice, ScriptSamples.TopicOfQuestion), intent);
    }

    [Theory]
    [InlineData("Lucru in Germania, 3000 euro pe saptamana, pasaportul il tinem noi")]
    [InlineData("Работа для девушек 16 лет, без опыта, только Viber")]
    [InlineData("Job abroad for girls from 16, we pay your ticket")]
    public void AShortTextWithRiskSignsIsAnOfferToo(string text)
    {
        Assert.True(text.Length < FreeTextUnderstanding.MinOfferLength);
        Assert.Equal(HelplineAction.CheckOffer, _understanding.Understand(text)?.Action);
    }

    [Theory]
    [InlineData("ce viza imi trebuie pentru Germania?", "Visa")]
    [InlineData("какая виза нужна для работы в Польше?", "Visa")]
    [InlineData("sa kushton tarifa e agjencise?", "Fees")]
    [InlineData("my daughter left for Italy and stopped answering", "ChildGone")]
    [InlineData("kontrata eshte vetem ne italisht", "Contract")]
    [InlineData("чи безпечно їхати через кордон самій? перед від'їздом що зробити", "BeforeYouGo")]
    public void TopicWordsWithoutDiacriticsOrInCyrillicOpenTheirTopic(string text, string topic) =>
        Assert.Equal(topic, _understanding.Understand(text)?.Topic);

    [Theory]
    [InlineData("salut")]
    [InlineData("ok")]
    [InlineData("I need work")]
    [InlineData("")]
    public void ShortOrVagueMessagesAreNotGuessed(string text) =>
        Assert.Null(_understanding.Understand(text));

    [Theory]
    [InlineData("MENU", HelplineAction.Menu)]
    [InlineData("meniu", HelplineAction.Menu)]
    [InlineData("Меню", HelplineAction.Menu)]
    [InlineData("ndihmë", HelplineAction.Help)]
    [InlineData("AJUTOR!", HelplineAction.Help)]
    [InlineData("ștergE", HelplineAction.DeleteData)]
    [InlineData("видалити", HelplineAction.DeleteData)]
    [InlineData("STOP", HelplineAction.Stop)]
    [InlineData("Русский", HelplineAction.Language)]
    public void OneWordCommandsOfEveryLanguageAreUnderstood(string text, HelplineAction action) =>
        Assert.Equal(action, _understanding.Understand(text)?.Action);

    [Fact]
    public void ACommandInsideASentenceIsNotACommand() =>
        Assert.NotEqual(HelplineAction.Help, _understanding.Understand("please help me with my contract")?.Action);

    [Fact]
    public void EveryTopicLexiconKeyIsATopicOrTheOfferCue()
    {
        foreach (var lexicon in LexiconLoader.LoadEmbeddedAll("topics"))
        {
            foreach (var entry in lexicon.Entries)
            {
                Assert.True(entry.Key == FreeTextUnderstanding.JobOfferCue || AdviceTopics.FromLexiconKey(entry.Key) is not null,
                    $"lexicons/{lexicon.Language}/topics.yaml: '{entry.Key}' is no advice topic");
            }
        }
        Assert.Equal(HelplineLanguages.Identifiable.Order(), LexiconLoader.EmbeddedLanguages("topics").Order());
    }

    [Theory]
    [InlineData("BeforeYouGo", "before-you-go")]
    [InlineData("Under18", "under-18")]
    [InlineData("ChildGone", "child-gone")]
    public void TopicsHaveKebabLexiconKeys(string topic, string key)
    {
        Assert.Equal(key, AdviceTopics.LexiconKey(topic));
        Assert.Equal(topic, AdviceTopics.FromLexiconKey(key));
    }

    [Theory]
    [InlineData("16", 16)]
    [InlineData("I am 15", 15)]
    [InlineData("am 17 ani", 17)]
    [InlineData("мені 14 років", 14)]
    [InlineData("no", null)]
    [InlineData("2024", null)]
    [InlineData("3", null)]
    public void TheAgeIsReadFromAShortReply(string text, int? age) =>
        Assert.Equal(age, JobOfferDialog.ParseAge(text));

    public sealed class Fixture : IDisposable
    {
        private readonly HelplineTestHost _host = new();

        public FreeTextUnderstanding Understanding => _host.Get<FreeTextUnderstanding>();

        public void Dispose() => _host.Dispose();
    }
}
