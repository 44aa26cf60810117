using System.Xml.Linq;
using System.Xml.Schema;

namespace MynaGate.Terminal.Results;

/// <summary>
/// The result XML's schema (face-result.xsd, written from the spec's element dictionary): names, where each may stand,
/// in any order, and the codes each may hold. An element the schema does not know is a warning, as consumers ignore it.
/// </summary>
internal static class ResultXmlSchema
{
    private const string ResourceName = "MynaGate.Terminal.Results.face-result.xsd";
    private static readonly Lazy<(XmlSchemaSet Set, HashSet<string> Names)> Loaded = new(Load);

    /// <summary>What the schema finds wrong with <paramref name="document"/>, each at its element's path.</summary>
    public static IEnumerable<ResultXmlFinding> Validate(XDocument document)
    {
        var (set, names) = Loaded.Value;
        var findings = new List<ResultXmlFinding>();
        document.Validate(set, (sender, e) =>
        {
            var element = sender as XElement ?? (sender as XAttribute)?.Parent;
            string path = element is null ? "-" : ResultXmlChecker.Path(element);
            bool unknown = element is not null && !names.Contains(element.Name.LocalName);
            findings.Add(unknown
                ? new ResultXmlFinding(path, "not in the element dictionary (a consumer ignores it)", IsWarning: true)
                : new ResultXmlFinding(path, e.Message));
        });
        return findings;
    }

    private static (XmlSchemaSet, HashSet<string>) Load()
    {
        using var stream = typeof(ResultXmlSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded.");
        var text = XDocument.Load(stream);
        var names = text.Descendants(XName.Get("element", XmlSchema.Namespace))
            .Select(e => (string?)e.Attribute("name")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var set = new XmlSchemaSet { XmlResolver = null };
        using (var reader = text.CreateReader()) set.Add(null, reader);
        set.Compile();
        return (set, names);
    }
}
