using System.Text;
using System.Xml.Linq;
using MynaGate.Certificates;
using MynaGate.Certificates.Xml;
using MynaGate.Storage;

namespace MynaGate.Ocr.Tests;

public sealed class CertificateXmlTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mynagate-xml-").FullName;

    private static readonly CertificateXmlHeader Header =
        new(new DateTime(2026, 11, 21, 10, 30, 5), "1311111111", "R0001", "reader-01", XmlCharacterCode.Utf8);

    private static readonly QualificationSummary Qualification = new("06130488", "12-34", "4260", "01", "1");

    private static CertificateReading Reading(string name = "試験花子") => new(
        CertificateForm.ChildMedical,
        [
            new CertificateField(CertificateFieldKind.PublicExpenseNumber, "54016028", 91.5f, true, CheckDigitResult.Failed),
            new CertificateField(CertificateFieldKind.Name, name, 80f, false, CheckDigitResult.NotApplicable),
        ],
        [CertificateFieldKind.Municipality],
        CertificateIssue.FieldsMissing);

    [Fact]
    public void Document_carries_the_reference_number_insurance_each_field_and_what_is_missing()
    {
        var root = CertificateXml.Build(Header, Qualification, Reading()).Root!;
        Assert.Equal("R0001", root.Element("MessageHeader")!.Element("ReferenceNumber")!.Value);
        Assert.Equal("20261121103005", root.Element("MessageHeader")!.Element("ProcessExecutionTime")!.Value);
        Assert.Equal("06130488", root.Element("MessageBody")!.Element("Qualification")!.Element("InsurerNumber")!.Value);
        var certificate = root.Element("MessageBody")!.Element("Certificate")!;
        Assert.Equal("kodomo", certificate.Element("FormCode")!.Value);
        Assert.Equal("partial", certificate.Element("ReadStatus")!.Value);
        var number = certificate.Elements("Field").Single(f => f.Element("Name")!.Value == "PublicExpenseNumber");
        Assert.Equal("failed", number.Element("CheckDigit")!.Value);
        Assert.Equal("91.5", number.Element("Confidence")!.Value);
        Assert.Equal("1", number.Element("Confirmed")!.Value);
        Assert.Equal("Municipality", certificate.Element("MissingField")!.Value);
    }

    [Fact]
    public void ShiftJis_round_trips_even_a_character_shift_jis_lacks()
    {
        var bytes = XmlDocumentEncoder.Encode(CertificateXml.Build(Header, null, Reading()), XmlCharacterCode.ShiftJis);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string text = Encoding.GetEncoding("shift_jis").GetString(bytes);
        Assert.Contains("encoding=\"shift_jis\"", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("試験花子", XDocument.Parse(text).Root!.ToString(), StringComparison.Ordinal);

        // 𠮷 (U+20BB7) has no Shift_JIS form: it travels as a character reference, never as '?'
        var lacking = XmlDocumentEncoder.Encode(CertificateXml.Build(Header, null, Reading("\U00020BB7野")), XmlCharacterCode.ShiftJis);
        var parsed = XDocument.Parse(Encoding.GetEncoding("shift_jis").GetString(lacking));
        Assert.Contains(parsed.Descendants("Value"), v => v.Value == "\U00020BB7野");
    }

    [Theory]
    [InlineData("131111111", "R1", "reader-01")]
    [InlineData("1311111111", "", "reader-01")]
    [InlineData("1311111111", "R1", "../etc")]
    public void BadHeaders_are_refused(string institution, string reference, string reader) =>
        Assert.Throws<ArgumentException>(() => CertificateXml.Build(Header with { MedicalInstitutionCode = institution, ReferenceNumber = reference, ReaderId = reader }, null, Reading()));

    [Fact]
    public void UnrecognisedForm_has_nothing_to_write() =>
        Assert.Throws<ArgumentException>(() => CertificateXml.Build(Header, null, CertificateReading.Failed(CertificateIssue.UnknownForm)));

    [Fact]
    public void Write_leaves_one_whole_file_named_without_personal_data_and_never_replaces_one()
    {
        string path = CertificateXml.Write(_folder, Header, Qualification, Reading());
        Assert.Equal("MynaGateCert01res_reader-01_20261121103005.xml", Path.GetFileName(path));
        Assert.Equal("R0001", XDocument.Load(path).Root!.Element("MessageHeader")!.Element("ReferenceNumber")!.Value);
        Assert.Single(Directory.GetFiles(_folder));

        byte[] before = File.ReadAllBytes(path);
        Assert.Throws<IOException>(() => CertificateXml.Write(_folder, Header, Qualification, Reading("別人")));
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(_folder)); // no temporary file left behind
    }

    [Fact]
    public void A_killed_writes_temporary_file_is_removed_at_start_and_nothing_else()
    {
        string stale = Path.Combine(_folder, $".OQSsiquc01res_face_R01-0001.xml.{Guid.NewGuid():N}.tmp");
        string[] kept = [Path.Combine(_folder, "OQSsiquc01res_face_R01-0001.xml"), Path.Combine(_folder, ".vendor.tmp"), Path.Combine(_folder, "notes.tmp")];
        File.WriteAllText(stale, "<half");
        foreach (string file in kept) File.WriteAllText(file, "x");

        Assert.Equal(1, AtomicFileWriter.RemoveStaleTemporaries(_folder));
        Assert.False(File.Exists(stale));
        Assert.All(kept, file => Assert.True(File.Exists(file), file));
    }

    [Fact]
    public void AtomicWrite_into_a_missing_folder_fails_clearly() =>
        Assert.Throws<DirectoryNotFoundException>(() => AtomicFileWriter.Write(Path.Combine(_folder, "absent", "x.xml"), [1, 2, 3]));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
