using System.Xml.Linq;
using Helpline.Channels.Sms;

namespace Helpline.Channels.Tests.Sms;

public class TwimlTests
{
    [Fact]
    public void NoRepliesGiveAnEmptyResponse()
    {
        var doc = XDocument.Parse(Twiml.Empty);
        Assert.Equal("Response", doc.Root!.Name.LocalName);
        Assert.Empty(doc.Root.Elements());
    }

    [Fact]
    public void EachReplyIsOneMessageAndParsesBackToTheSameText()
    {
        string[] bodies = ["<b>5 < 6 & 7 > 3</b>", "\"quoted\" 'apostrophe'", "Mi-au luat pașaportul ✓ 😀", "Мені потрібна допомога\nдругий рядок"];
        var doc = XDocument.Parse(Twiml.MessagingResponse(bodies));
        var messages = doc.Root!.Elements("Message").Select(m => m.Value).ToArray();
        Assert.Equal(bodies, messages);
    }

    [Fact]
    public void MarkupInARepliesIsEscapedNotInterpreted()
    {
        var xml = Twiml.MessagingResponse(["</Message><Redirect>https://evil.example</Redirect><Message>"]);
        var doc = XDocument.Parse(xml);
        Assert.Single(doc.Root!.Elements());
        Assert.Empty(doc.Descendants("Redirect"));
        Assert.Contains("&lt;/Message&gt;", xml);
    }

    [Fact]
    public void CharactersXmlCannotCarryAreDroppedInsteadOfBreakingTheDocument()
    {
        var doc = XDocument.Parse(Twiml.MessagingResponse(["a\u0001b\u0008c"]));
        Assert.Equal("abc", doc.Root!.Element("Message")!.Value);
    }
}
