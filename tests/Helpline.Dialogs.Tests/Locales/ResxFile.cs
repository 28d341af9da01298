using System.Xml.Linq;

namespace Helpline.Dialogs.Tests.Locales;

/// <summary>One <c>locales/&lt;Family&gt;[.&lt;culture&gt;].resx</c> file, read as plain XML.</summary>
public sealed record ResxFile(string Path, string Family, string Culture, IReadOnlyDictionary<string, string> Values)
{
    public bool IsNeutral => Culture.Length == 0;

    public static ResxFile Load(string path)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        var dot = name.IndexOf('.');
        var family = dot < 0 ? name : name[..dot];
        var culture = dot < 0 ? "" : name[(dot + 1)..];
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var data in XDocument.Load(path).Root!.Elements("data"))
        {
            var key = (string?)data.Attribute("name") ?? throw new InvalidDataException($"{path}: a data element without a name.");
            var value = (string?)data.Element("value") ?? "";
            if (!values.TryAdd(key, value))
            {
                throw new InvalidDataException($"{path}: key {key} appears twice.");
            }
        }
        return new ResxFile(path, family, culture, values);
    }
}
