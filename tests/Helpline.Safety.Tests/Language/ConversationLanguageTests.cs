using Helpline.Core;
using Helpline.Core.Languages;
using Helpline.Safety.Language;

namespace Helpline.Safety.Tests.Language;

public sealed class ConversationLanguageTests(LanguageIdentifierFixture fixture) : IClassFixture<LanguageIdentifierFixture>
{
    private static readonly LanguageIdLexicon Lexicon = LanguageIdLexicon.LoadEmbedded();

    // 25 letters: long enough to switch.
    private const string LongText = "abcde fghij klmno pqrst uvwxy";
    private const string ShortText = "abcde fghij";

    private static ConversationLanguage With(string? language, double confidence) =>
        new(new FixedLanguageIdentifier(new LanguageGuess(language, confidence)), Lexicon);

    [Fact]
    public void AFirstMessageTakesAConfidentGuess()
    {
        var decision = With(HelplineLanguages.Russian, ConversationLanguage.FirstMessageConfidence).Decide(null, HelplineCountries.Moldova, "x");
        Assert.Equal(HelplineLanguages.Russian, decision.Language);
        Assert.Equal(HelplineLanguages.Russian, decision.Culture);
        Assert.Equal(LanguageDecisionReason.Identified, decision.Reason);
        Assert.True(decision.Changed);
    }

    [Theory]
    [InlineData(HelplineCountries.Albania, HelplineLanguages.Albanian, HelplineLanguages.Albanian)]
    [InlineData(HelplineCountries.Moldova, HelplineLanguages.Romanian, HelplineLanguages.MoldovanRomanian)]
    [InlineData(HelplineCountries.Romania, HelplineLanguages.Romanian, HelplineLanguages.Romanian)]
    [InlineData(HelplineCountries.Ukraine, HelplineLanguages.Ukrainian, HelplineLanguages.Ukrainian)]
    [InlineData("ua", HelplineLanguages.Ukrainian, HelplineLanguages.Ukrainian)]
    public void AnUnsureFirstMessageGetsTheCountrysLanguage(string country, string language, string culture)
    {
        var unsure = With(HelplineLanguages.English, ConversationLanguage.FirstMessageConfidence - 0.01).Decide(null, country, "x");
        Assert.Equal(language, unsure.Language);
        Assert.Equal(culture, unsure.Culture);
        Assert.Equal(LanguageDecisionReason.CountryDefault, unsure.Reason);

        var nothing = With(null, 0).Decide(null, country, "ok");
        Assert.Equal(language, nothing.Language);
        Assert.Equal(LanguageDecisionReason.CountryDefault, nothing.Reason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("IT")]
    [InlineData("")]
    public void AnUnsureFirstMessageFromAnUnknownCountryGetsEnglish(string? country)
    {
        var decision = With(HelplineLanguages.Albanian, 0.5).Decide(null, country, "x");
        Assert.Equal(HelplineLanguages.English, decision.Language);
        Assert.Equal(LanguageDecisionReason.HelplineDefault, decision.Reason);
    }

    [Fact]
    public void ALaterMessageKeepsTheLanguageWhenTooShortToBeSure()
    {
        var decision = With(HelplineLanguages.Russian, 1).Decide(HelplineLanguages.Romanian, HelplineCountries.Moldova, ShortText);
        Assert.Equal(HelplineLanguages.Romanian, decision.Language);
        Assert.Equal(HelplineLanguages.MoldovanRomanian, decision.Culture);
        Assert.Equal(LanguageDecisionReason.Kept, decision.Reason);
        Assert.False(decision.Changed);
    }

    [Fact]
    public void ALaterMessageKeepsTheLanguageWhenNotConfidentEnough()
    {
        var decision = With(HelplineLanguages.Russian, ConversationLanguage.SwitchConfidence - 0.01).Decide(HelplineLanguages.Ukrainian, null, LongText);
        Assert.Equal(HelplineLanguages.Ukrainian, decision.Language);
        Assert.Equal(LanguageDecisionReason.Kept, decision.Reason);
    }

    [Fact]
    public void ALongConfidentMessageInAnotherLanguageSwitches()
    {
        var decision = With(HelplineLanguages.Russian, ConversationLanguage.SwitchConfidence).Decide(HelplineLanguages.Ukrainian, null, LongText);
        Assert.Equal(HelplineLanguages.Russian, decision.Language);
        Assert.Equal(LanguageDecisionReason.Switched, decision.Reason);
        Assert.True(decision.Changed);
    }

    [Fact]
    public void TheSwitchNeedsTheMinimumNumberOfLetters()
    {
        var justEnough = new string('a', ConversationLanguage.SwitchMinimumLetters) + " 123 !!!";
        var oneShort = new string('a', ConversationLanguage.SwitchMinimumLetters - 1) + " 1234 !!!!";
        var sure = With(HelplineLanguages.English, 1);
        Assert.Equal(LanguageDecisionReason.Switched, sure.Decide(HelplineLanguages.Albanian, null, justEnough).Reason);
        Assert.Equal(LanguageDecisionReason.Kept, sure.Decide(HelplineLanguages.Albanian, null, oneShort).Reason);
    }

    [Fact]
    public void ACultureAsCurrentLanguageCountsAsItsLanguage()
    {
        var decision = With(HelplineLanguages.Romanian, 1).Decide(HelplineLanguages.MoldovanRomanian, HelplineCountries.Moldova, LongText);
        Assert.Equal(HelplineLanguages.Romanian, decision.Language);
        Assert.Equal(HelplineLanguages.MoldovanRomanian, decision.Culture);
        Assert.Equal(LanguageDecisionReason.Kept, decision.Reason);
        Assert.False(decision.Changed);
    }

    [Fact]
    public void AnUnknownCurrentLanguageCountsAsAFirstMessage() =>
        Assert.Equal(LanguageDecisionReason.CountryDefault,
            With(null, 0).Decide("fr", HelplineCountries.Albania, "ok").Reason);

    [Theory]
    [InlineData("shqip", HelplineLanguages.Albanian)]
    [InlineData("Shqip!", HelplineLanguages.Albanian)]
    [InlineData("albanian", HelplineLanguages.Albanian)]
    [InlineData("română", HelplineLanguages.Romanian)]
    [InlineData("ROMANA", HelplineLanguages.Romanian)]
    [InlineData("romanian", HelplineLanguages.Romanian)]
    [InlineData("Moldovenească", HelplineLanguages.Romanian)]
    [InlineData("moldoveneasca", HelplineLanguages.Romanian)]
    [InlineData("українська", HelplineLanguages.Ukrainian)]
    [InlineData("Українська.", HelplineLanguages.Ukrainian)]
    [InlineData("ukrainska", HelplineLanguages.Ukrainian)]
    [InlineData("русский", HelplineLanguages.Russian)]
    [InlineData("Русский?", HelplineLanguages.Russian)]
    [InlineData("russkiy", HelplineLanguages.Russian)]
    [InlineData("по-русски", HelplineLanguages.Russian)]
    [InlineData("english", HelplineLanguages.English)]
    [InlineData("  English  ", HelplineLanguages.English)]
    [InlineData("engleza", HelplineLanguages.English)]
    [InlineData("Engleză", HelplineLanguages.English)]
    public void TheWholeMessageCanAskForALanguage(string text, string language)
    {
        var conversation = new ConversationLanguage(fixture.Identifier, Lexicon);
        Assert.True(conversation.TryParseLanguageRequest(text, out var requested));
        Assert.Equal(language, requested);

        // A request wins over the current language and over the country, on any message.
        var first = conversation.Decide(null, HelplineCountries.Ukraine, text);
        var later = conversation.Decide(HelplineLanguages.Albanian == language ? HelplineLanguages.English : HelplineLanguages.Albanian, null, text);
        Assert.Equal((language, LanguageDecisionReason.Requested), (first.Language, first.Reason));
        Assert.Equal((language, LanguageDecisionReason.Requested), (later.Language, later.Reason));
        Assert.True(later.Changed);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("1")]
    [InlineData("I speak english")]
    [InlineData("vorbesc romana")]
    [InlineData("я знаю русский")]
    [InlineData("shqipëria")]
    [InlineData("englishman")]
    public void AMessageThatOnlyMentionsALanguageIsNotARequest(string? text)
    {
        var identifier = new FixedLanguageIdentifier(LanguageGuess.Unknown);
        var conversation = new ConversationLanguage(identifier, Lexicon);
        Assert.False(conversation.TryParseLanguageRequest(text, out var language));
        Assert.Null(language);
        Assert.Equal(LanguageDecisionReason.Kept, conversation.Decide(HelplineLanguages.Albanian, null, text).Reason);
    }

    [Fact]
    public void ARequestAskedInMoldovaSpeaksMoldovanRomanian()
    {
        var conversation = new ConversationLanguage(fixture.Identifier, Lexicon);
        var decision = conversation.Decide(HelplineLanguages.Russian, HelplineCountries.Moldova, "romana");
        Assert.Equal(HelplineLanguages.MoldovanRomanian, decision.Culture);
    }

    [Theory]
    [InlineData("Привіт, мені потрібна допомога", null, HelplineLanguages.Ukrainian)]
    [InlineData("Buna ziua, am nevoie de ajutor", HelplineCountries.Albania, HelplineLanguages.Romanian)]
    [InlineData("Pershendetje, kam nevoje per ndihme", HelplineCountries.Moldova, HelplineLanguages.Albanian)]
    [InlineData("ok", HelplineCountries.Ukraine, HelplineLanguages.Ukrainian)]
    [InlineData("ya ne znayu", HelplineCountries.Ukraine, HelplineLanguages.Ukrainian)]
    [InlineData("Hello, my son went to Poland and stopped answering", HelplineCountries.Romania, HelplineLanguages.English)]
    public void AConversationStartsInTheLanguageOfItsFirstMessage(string text, string? country, string language) =>
        Assert.Equal(language, new ConversationLanguage(fixture.Identifier, Lexicon).Decide(null, country, text).Language);

    [Fact]
    public void AConversationKeepsItsLanguageThroughShortAndMixedReplies()
    {
        var conversation = new ConversationLanguage(fixture.Identifier, Lexicon);
        foreach (var reply in new[] { "ok", "da", "mersi", "Italia", "WhatsApp", "ya ne znayu", "Не хочу", "no", "2" })
        {
            Assert.Equal(HelplineLanguages.Romanian, conversation.Decide(HelplineLanguages.Romanian, HelplineCountries.Moldova, reply).Language);
        }
    }

    [Fact]
    public void AConversationFollowsALongMessageInAnotherLanguage()
    {
        var conversation = new ConversationLanguage(fixture.Identifier, Lexicon);
        var decision = conversation.Decide(HelplineLanguages.Romanian, HelplineCountries.Moldova,
            "Извините, я лучше напишу по-русски, мне так проще объяснить.");
        Assert.Equal(HelplineLanguages.Russian, decision.Language);
        Assert.Equal(LanguageDecisionReason.Switched, decision.Reason);
    }
}
