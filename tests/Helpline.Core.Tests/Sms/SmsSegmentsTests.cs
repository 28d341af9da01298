using Helpline.Core.Sms;

namespace Helpline.Core.Tests.Sms;

public class SmsSegmentsTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    [InlineData(459, 3)]
    [InlineData(460, 4)]
    public void PlainAsciiUsesGsm7With160And153(int length, int segments)
    {
        var count = SmsSegments.Calculate(new string('a', length));
        Assert.Equal(SmsEncoding.Gsm7, count.Encoding);
        Assert.Equal(segments, count.Segments);
        Assert.Equal(length, count.Units);
    }

    [Fact]
    public void ExtensionCharactersCountTwice()
    {
        var count = SmsSegments.Calculate("€" + new string('a', 158));
        Assert.Equal(SmsEncoding.Gsm7, count.Encoding);
        Assert.Equal(160, count.Units);
        Assert.Equal(1, count.Segments);
        Assert.Equal(2, SmsSegments.Calculate("€" + new string('a', 159)).Segments);
    }

    [Fact]
    public void AnEscapePairIsNeverSplitBetweenSegments()
    {
        // 152 plain septets then an extension pair: the pair moves whole to the second segment.
        var text = new string('a', 152) + "{" + new string('b', 10);
        var count = SmsSegments.Calculate(text);
        Assert.Equal(164, count.Units);
        Assert.Equal(2, count.Segments);
        Assert.Equal(3, SmsSegments.Calculate(new string('a', 152) + "[" + new string('b', 152)).Segments);
    }

    [Theory]
    [InlineData("Mi-au luat pașaportul")]       // Romanian comma-below s
    [InlineData("Nu pot să plec")]               // Romanian ă
    [InlineData("Më kanë marrë pasaportën")]     // Albanian ë
    [InlineData("Çfarë")]                        // Albanian Ç is GSM-7 but ë is not; here ë decides
    [InlineData("Мені потрібна допомога")]      // Ukrainian
    [InlineData("Мне нужна помощь")]            // Russian
    public void DiacriticsAndCyrillicUseUcs2(string text)
    {
        var count = SmsSegments.Calculate(text);
        Assert.Equal(SmsEncoding.Ucs2, count.Encoding);
        Assert.Equal(1, count.Segments);
    }

    [Fact]
    public void GsmLettersWithAccentsStayGsm7()
    {
        Assert.Equal(SmsEncoding.Gsm7, SmsSegments.Calculate("Ça va? à é è ù ì ò Ä Ö Ñ Ü").Encoding);
    }

    [Theory]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    public void Ucs2Uses70And67(int length, int segments)
    {
        var count = SmsSegments.Calculate(new string('ă', length));
        Assert.Equal(SmsEncoding.Ucs2, count.Encoding);
        Assert.Equal(segments, count.Segments);
    }

    [Fact]
    public void SplitKeepsEveryPartWithinTheLimitAndAtBoundaries()
    {
        var sentence = "Aceasta este o propoziție scurtă. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 100));
        var parts = SmsSegments.Split(text, 1600);
        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.True(p.Length <= 1600));
        Assert.All(parts, p => Assert.EndsWith(".", p));
        Assert.Equal(text.Replace(" ", ""), string.Concat(parts).Replace(" ", ""));
    }

    [Fact]
    public void SplitFallsBackToWordsThenHardCuts()
    {
        var words = string.Join(' ', Enumerable.Repeat("cuvant", 400));
        Assert.All(SmsSegments.Split(words, 100), p => Assert.True(p.Length <= 100 && !p.StartsWith(' ')));
        var noSpaces = new string('x', 250);
        Assert.Equal([100, 100, 50], SmsSegments.Split(noSpaces, 100).Select(p => p.Length));
    }
}
