using Helpline.Core.Dialogs.Choices;

namespace Helpline.Core.Tests.Dialogs;

public sealed class ChoiceRecognizerTests
{
    private static readonly Choice[] Languages =
        [new Choice("sq") { Title = "Shqip" }, new Choice("ro") { Title = "Română" }, new Choice("uk") { Title = "Українська" }];

    [Theory]
    [InlineData("romana", "ro")]
    [InlineData("ROMÂNĂ", "ro")]
    [InlineData("українська", "uk")]
    [InlineData("Shqip.", "sq")]
    [InlineData("1", "sq")]
    public void MatchesTitlesWithoutCaseOrDiacritics(string reply, string expected) =>
        Assert.Equal(expected, ChoiceRecognizer.Recognize(reply, Languages)!.Value);

    [Theory]
    [InlineData("")]
    [InlineData("4")]
    [InlineData("-1")]
    [InlineData("vorbesc romana")]
    public void APartOrAnOutOfRangeNumberIsNoChoice(string reply) =>
        Assert.Null(ChoiceRecognizer.Recognize(reply, Languages));

    [Fact]
    public void FoldingMakesCedillaAndCommaLettersEqual() =>
        Assert.Equal(ChoiceText.Fold("Știu"), ChoiceText.Fold("Ştiu"));
}
