using Helpline.Channels.Sms;

namespace Helpline.Channels.Tests.Sms;

public class SmsKeywordsTests
{
    [Theory]
    [InlineData("STOP")]
    [InlineData("stop")]
    [InlineData(" Stop. ")]
    [InlineData("STOPALL")]
    [InlineData("unsubscribe")]
    [InlineData("CANCEL")]
    [InlineData("end")]
    [InlineData("Quit!")]
    [InlineData("СТОП")]
    [InlineData("стоп")]
    public void WholeMessageStopWordsOptOut(string text) => Assert.Equal(SmsKeyword.OptOut, SmsKeywords.Default.Classify(text));

    [Theory]
    [InlineData("START")]
    [InlineData("unstop")]
    [InlineData("старт")]
    public void StartWordsOptIn(string text) => Assert.Equal(SmsKeyword.OptIn, SmsKeywords.Default.Classify(text));

    [Theory]
    [InlineData("HELP")]
    [InlineData("help")]
    [InlineData("AJUTOR")]
    [InlineData("ndihmë")]
    [InlineData("ndihme")]
    [InlineData("ДОПОМОГА")]
    [InlineData("помощь")]
    public void HelpWordsAskForHelp(string text) => Assert.Equal(SmsKeyword.Help, SmsKeywords.Default.Classify(text));

    [Theory]
    [InlineData("stop hurting me")]
    [InlineData("please stop")]
    [InlineData("I want to end it")]
    [InlineData("help me they took my passport")]
    [InlineData("стоп, мне страшно")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("stopp")]
    public void OnlyTheWholeMessageCounts(string? text) => Assert.Equal(SmsKeyword.None, SmsKeywords.Default.Classify(text));
}
