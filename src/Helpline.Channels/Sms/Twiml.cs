using System.Text;
using System.Xml;

namespace Helpline.Channels.Sms;

/// <summary>TwiML messaging responses: <c>&lt;Response&gt;&lt;Message&gt;…&lt;/Message&gt;&lt;/Response&gt;</c>, XML-escaped.</summary>
public static class Twiml
{
    public const string ContentType = "text/xml";

    /// <summary>A response that sends each body as one message; no bodies gives an empty <c>&lt;Response/&gt;</c>.</summary>
    public static string MessagingResponse(IEnumerable<string> bodies)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = false,
            OmitXmlDeclaration = false,
            CheckCharacters = true,
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("Response");
            foreach (var body in bodies)
            {
                writer.WriteStartElement("Message");
                writer.WriteString(RemoveInvalidXmlChars(body));
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string Empty => MessagingResponse([]);

    private static string RemoveInvalidXmlChars(string text)
    {
        if (text.All(XmlConvert.IsXmlChar)) return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) builder.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text[i]).Append(text[i + 1]);
                i++;
            }
        }
        return builder.ToString();
    }
}
