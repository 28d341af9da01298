using FsCheck.Xunit;
using Helpline.Core;
using Helpline.Safety.Language;

namespace Helpline.Safety.Tests.Language;

public sealed class LanguageIdentifierTests(LanguageIdentifierFixture fixture) : IClassFixture<LanguageIdentifierFixture>
{
    private readonly LanguageIdentifier _identifier = fixture.Identifier;

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?")]
    [InlineData("!!!")]
    [InlineData("12345")]
    [InlineData("+373 69 123 456")]
    [InlineData("ok")]
    [InlineData("Ok!")]
    [InlineData("OK ok")]
    [InlineData("ок")]
    [InlineData("da")]
    [InlineData("a")]
    [InlineData("😀👍")]
    [InlineData("STOP")]
    public void NothingToGoOnGivesNoLanguage(string text)
    {
        var guess = _identifier.Identify(text);
        Assert.Null(guess.Language);
        Assert.Equal(0, guess.Confidence);
    }

    [Theory]
    [InlineData("buna", HelplineLanguages.Romanian)]
    [InlineData("Bună", HelplineLanguages.Romanian)]
    [InlineData("ajutor", HelplineLanguages.Romanian)]
    [InlineData("pershendetje", HelplineLanguages.Albanian)]
    [InlineData("Përshëndetje", HelplineLanguages.Albanian)]
    [InlineData("ndihmë", HelplineLanguages.Albanian)]
    [InlineData("ndihme", HelplineLanguages.Albanian)]
    [InlineData("привіт", HelplineLanguages.Ukrainian)]
    [InlineData("допоможіть", HelplineLanguages.Ukrainian)]
    [InlineData("привет", HelplineLanguages.Russian)]
    [InlineData("помогите", HelplineLanguages.Russian)]
    [InlineData("help", HelplineLanguages.English)]
    [InlineData("hello", HelplineLanguages.English)]
    public void GreetingsAndHelpWordsAreKnownAlone(string text, string language) =>
        Assert.Equal(language, _identifier.Identify(text).Language);

    [Theory]
    [InlineData("Më çoni", HelplineLanguages.Albanian)]
    [InlineData("Și ăla", HelplineLanguages.Romanian)]
    [InlineData("Її", HelplineLanguages.Ukrainian)]
    [InlineData("Мы", HelplineLanguages.Russian)]
    [InlineData("Це", HelplineLanguages.Ukrainian)]
    [InlineData("Этот", HelplineLanguages.Russian)]
    public void DistinctiveLettersTellTheLanguage(string text, string language) =>
        Assert.Equal(language, _identifier.Identify(text).Language);

    [Theory]
    [InlineData("Multumesc pentru ajutor, acum stiu ce sa fac", HelplineLanguages.Romanian)]
    [InlineData("Faleminderit per ndihmen, tani e di cfare te bej", HelplineLanguages.Albanian)]
    [InlineData("Thanks for the help, now I know what to do", HelplineLanguages.English)]
    [InlineData("Дякую за допомогу, тепер я знаю, що робити", HelplineLanguages.Ukrainian)]
    [InlineData("Спасибо за помощь, теперь я знаю, что делать", HelplineLanguages.Russian)]
    public void SentencesWithAndWithoutDiacriticsAreConfident(string text, string language)
    {
        var guess = _identifier.Identify(text);
        Assert.Equal(language, guess.Language);
        Assert.True(guess.Confidence >= ConversationLanguage.SwitchConfidence, $"{guess.Confidence}");
    }

    [Theory]
    [InlineData("ya ne mozhu vyity, dopomozhit", HelplineLanguages.Ukrainian)]
    [InlineData("shcho meni robyty z pasportom", HelplineLanguages.Ukrainian)]
    [InlineData("meni treba pohovoryty z kymos", HelplineLanguages.Ukrainian)]
    [InlineData("chto mne delat, pomogite", HelplineLanguages.Russian)]
    [InlineData("mne ochen strashno", HelplineLanguages.Russian)]
    [InlineData("pomogite pozhaluista, ya ne mogu uiti", HelplineLanguages.Russian)]
    public void LatinLetterUkrainianAndRussianAreToldApartByTheirOwnWords(string text, string language) =>
        Assert.Equal(language, _identifier.Identify(text).Language);

    [Theory]
    [InlineData("ya ne znayu")]
    [InlineData("Я не знаю")]
    [InlineData("Не хочу")]
    public void WordsUkrainianAndRussianShareGiveALowConfidence(string text)
    {
        var guess = _identifier.Identify(text);
        Assert.Contains(guess.Language, new[] { HelplineLanguages.Ukrainian, HelplineLanguages.Russian });
        Assert.True(guess.Confidence < ConversationLanguage.FirstMessageConfidence, $"{guess.Language} {guess.Confidence}");
    }

    [Fact]
    public void OnlyTheFirstCharactersAreRead()
    {
        var english = string.Concat(Enumerable.Repeat("my daughter went abroad for work. ", 20))[..LanguageIdentifier.MaxCharacters];
        var russian = string.Concat(Enumerable.Repeat(" моя дочь уехала за границу на работу.", 40));
        Assert.Equal(HelplineLanguages.English, _identifier.Identify(english + russian).Language);
        Assert.Equal(HelplineLanguages.Russian, _identifier.Identify(russian + english).Language);
    }

    [Fact]
    public void EveryLexiconWordOnItsOwnIsItsLanguage()
    {
        var lexicon = LanguageIdLexicon.LoadEmbedded();
        var wrong = lexicon.Keywords
            .SelectMany(p => p.Value.Select(word => (Language: p.Key, Word: word)))
            .Where(k => _identifier.Identify(k.Word).Language != k.Language)
            .Select(k => $"{k.Language}:{k.Word}->{_identifier.Identify(k.Word).Language}")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join(", ", wrong));
    }

    [Fact]
    public void GivesTheSameAnswersFromManyThreads()
    {
        var texts = LanguageIdCorpus.Load().Select(s => s.Text).ToArray();
        var sequential = texts.Select(_identifier.Identify).ToArray();
        var parallel = new Core.Languages.LanguageGuess[texts.Length];
        Parallel.For(0, texts.Length * 20, i => parallel[i % texts.Length] = _identifier.Identify(texts[i % texts.Length]));
        Assert.Equal(sequential, parallel);
    }

    [Property(MaxTest = 500)]
    public bool AnyTextGivesAKnownLanguageOrNoneAndAConfidenceBetweenZeroAndOne(string? text)
    {
        var guess = _identifier.Identify(text ?? string.Empty);
        return guess.Confidence is >= 0 and <= 1
            && (guess.Language is null ? guess.Confidence == 0 : HelplineLanguages.Identifiable.Contains(guess.Language));
    }

    [Fact]
    public void CyrillicIsSpelledInLatinLettersAsTheLexiconSays()
    {
        var lexicon = LanguageIdLexicon.LoadEmbedded();
        Assert.Equal("pryvit, meni treba dopomoha", LanguageIdentifier.Transliterate("Привіт, мені треба допомога", lexicon.Transliteration["uk"][0]));
        Assert.Equal("privet, mne nuzhna pomoshch", LanguageIdentifier.Transliterate("Привет, мне нужна помощь", lexicon.Transliteration["ru"][0]));
    }

    [Fact]
    public void AWordListedForTwoLanguagesIsRefused()
    {
        var lexicon = LanguageIdLexicon.Parse("""
            keywords:
              ro: [salut]
              sq: [salut]
            """);
        Assert.Throws<InvalidDataException>(() => new LanguageIdentifier(lexicon, []));
    }

    [Fact]
    public void AnUnknownLanguageInTheLexiconIsRefused() =>
        Assert.Throws<InvalidDataException>(() => LanguageIdLexicon.Parse("keywords:\n  fr: [bonjour]\n"));

    [Fact]
    public void LearnsFromTheResxStringsOfEveryCultureButNotFromStringsSharedBetweenLanguages()
    {
        var strings = LanguageIdResources.ResourceStrings();
        foreach (var language in HelplineLanguages.Identifiable)
        {
            Assert.Contains(strings, s => s.Language == language);
        }
        var inTwoLanguages = strings.GroupBy(s => s.Text).Where(g => g.Select(s => s.Language).Distinct().Count() > 1).Select(g => g.Key);
        Assert.Empty(inTwoLanguages);
        Assert.True(strings.Select(s => s.Text).ToHashSet().IsSubsetOf(LanguageIdentifier.EmbeddedTrainingSamples().Select(s => s.Text)));
    }

    [Fact]
    public void LearnsFromTheTrainingTextsOfEveryLanguage()
    {
        var samples = LanguageIdentifier.EmbeddedTrainingSamples();
        foreach (var language in HelplineLanguages.Identifiable)
        {
            var words = samples.Where(s => s.Language == language).Sum(s => LanguageIdCorpus.WordCount(s.Text));
            Assert.True(words >= 1000, $"{language}: {words} words");
        }
        Assert.True(_identifier.ModelSize.Latin > 1000);
        Assert.True(_identifier.ModelSize.Cyrillic > 1000);
    }
}
