using System.Text;
using System.Xml.Linq;
using MynaGate.Certificates.Xml;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Terminal.Results;

namespace MynaGate.Terminal.Tests.Results;

/// <summary>
/// Names beyond JIS X 0208 (R41) pass through unchanged: in UTF-8 as themselves, in Shift_JIS as character
/// references where Shift_JIS has no form; nothing is substituted here.
/// </summary>
public sealed class NameCharacterTests
{
    public static TheoryData<string, string[]> Names => new()
    {
        // a surrogate pair (JIS X 0213 plane 2), and one beside it
        { "𩸽田　𠮷郎", ["&#x29E3D;", "&#x20BB7;"] },
        // a JIS X 0213 plane 1 character Shift_JIS (CP932) lacks
        { "俱知安　一", ["&#x4FF1;"] },
        // an ideographic variation sequence: the base character is in Shift_JIS, its selector is not
        { "葛\U000E0100城　一", ["&#xE0100;"] },
        // what the register prints for a character the old systems lack, kept as it is
        { "●山　花子", [] },
        // WAVE DASH, which CP932 would otherwise turn into FULLWIDTH TILDE
        { "見本〜見本", ["&#x301C;"] },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void A_name_comes_back_unchanged_from_a_utf8_and_a_shift_jis_file(string name, string[] references)
    {
        foreach (var code in new[] { XmlCharacterCode.Utf8, XmlCharacterCode.ShiftJis })
        {
            byte[] bytes = XmlDocumentEncoder.Encode(Build(name, code), code);

            Assert.Equal(name, Read(bytes).Descendants("Name").Single().Value);
            Assert.Empty(ResultXmlChecker.Check(bytes));
            if (code == XmlCharacterCode.ShiftJis)
            {
                string text = Encoding.ASCII.GetString(bytes);
                Assert.All(references, reference => Assert.Contains(reference, text, StringComparison.Ordinal));
            }
            else Assert.Contains(name, Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        }
    }

    private static XDocument Read(byte[] bytes)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var stream = new MemoryStream(bytes);
        return XDocument.Load(stream);
    }

    private static XDocument Build(string name, XmlCharacterCode code) =>
        ResultXmlSample.Build(ConsentSets.National2024, prescription: null, insured: ResultXmlSample.Insured() with { Name = name }, characterCode: code);
}
