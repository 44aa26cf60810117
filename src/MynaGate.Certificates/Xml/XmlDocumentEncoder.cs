using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace MynaGate.Certificates.Xml;

/// <summary>Encodes the XML the terminal hands to the receipt computer in UTF-8 or Shift_JIS (CharacterCodeIdentifier).</summary>
public static class XmlDocumentEncoder
{
    /// <summary>The document's bytes in <paramref name="code"/>, the XML declaration naming it. A character with no
    /// Shift_JIS form (𠮷) is written as an XML character reference, so no name loses a character.</summary>
    public static byte[] Encode(XDocument document, XmlCharacterCode code)
    {
        ArgumentNullException.ThrowIfNull(document);
        // XmlWriter writes a character the encoding lacks as a character reference
        var encoding = code == XmlCharacterCode.ShiftJis ? ShiftJis() : new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = encoding, Indent = true }))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }

    private static Encoding ShiftJis()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("shift_jis");
    }
}
