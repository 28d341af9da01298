using Helpline.Locales;
using Helpline.Server.Counselling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Helpline.Server.Tests.Counselling;

public sealed class CancelWordsTests
{
    private static readonly CancelWords Words = new(new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider()
        .GetRequiredService<IStringLocalizer<EscalationStrings>>());

    [Theory]
    [InlineData("EXIT")]
    [InlineData("exit!")]
    [InlineData("  Leave queue ")]
    [InlineData("renunț")]
    [InlineData("RENUNT")]
    [InlineData("anulo")]
    [InlineData("скасувати")]
    [InlineData("Отмена.")]
    [InlineData("otmena")]
    public void TheCancelWordsOfEveryLanguageCountWithoutCaseDiacriticsOrPunctuation(string text) => Assert.True(Words.IsCancel(text));

    [Theory]
    [InlineData("STOP")]
    [InlineData("I want to exit this place")]
    [InlineData("nu vreau sa renunt la tine")]
    [InlineData("")]
    [InlineData(null)]
    public void OnlyAWholeMessageThatIsACancelWordCounts(string? text) => Assert.False(Words.IsCancel(text));

    [Fact]
    public void NoCancelWordIsAnSmsOptOutWordExceptWhereItNeverReachesTheRouter()
    {
        // On SMS the opt-out keywords are handled before the handoff router; the word users are told must not be one.
        foreach (var culture in Core.HelplineLanguages.Cultures)
        {
            var saved = System.Globalization.CultureInfo.CurrentUICulture;
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(culture);
            try
            {
                Assert.NotEqual(Helpline.Channels.Sms.SmsKeyword.OptOut, Helpline.Channels.Sms.SmsKeywords.Default.Classify(Words.Shown()));
            }
            finally
            {
                System.Globalization.CultureInfo.CurrentUICulture = saved;
            }
        }
    }
}
