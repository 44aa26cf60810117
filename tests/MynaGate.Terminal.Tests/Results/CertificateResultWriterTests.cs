using System.Xml.Linq;
using MynaGate.Link.Messages;
using MynaGate.Certificates.Xml;
using MynaGate.Onshi.Contract;
using MynaGate.Terminal.Results;

namespace MynaGate.Terminal.Tests.Results;

/// <summary>What a reader sends in paper mode is checked before the terminal writes the certificate XML.</summary>
public sealed class CertificateResultWriterTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 1, 2, 3, TimeSpan.Zero);

    private readonly string _folder = Directory.CreateTempSubdirectory("mynagate-cert-").FullName;

    // synthetic values: a 8-digit 公費負担者番号 and a 7-digit 受給者番号 whose check digits (mod 10, weights 2-1) pass
    private static readonly PaperCertificateField[] Subsidy =
    [
        new("PublicExpenseNumber", "88130018", 97.5f, true),
        new("RecipientNumber", "1234566", 95.0f, true),
        new("Name", "テスト太郎", 90.1f, false),
        new("BirthDate", "20200401", 96.0f, true),
        new("ValidFrom", "20260401", 96.0f, true),
        new("ValidUntil", "20270331", 96.0f, true),
    ];

    private static readonly QualificationResponse Qualification = new("REF-0001", QualificationStatus.Valid, Now, false,
    [
        new InsuredQualification
        {
            CardClassification = "01", InsurerNumber = "06130019", InsurerName = "健康保険組合", Symbol = "12", Number = "345", Branch = "00",
            PersonalFamily = 2, Name = "テスト", NameKana = "ﾃｽﾄ", Sex = 3, BirthDate = new(2020, 4, 1), Address = "東京都", PostNumber = "1000001",
            QualificationDate = new(2020, 4, 1), CardValidFrom = new(2020, 4, 1), ContributionRatio = "020",
        },
    ]);

    private readonly CertificateResultWriter _writer;

    public CertificateResultWriterTests() => _writer = new CertificateResultWriter(_folder, XmlCharacterCode.Utf8, "1312345678");

    [Fact]
    public void A_valid_certificate_is_written_with_the_sessions_reference_and_check_digits_computed_here()
    {
        var file = _writer.Write("R01", Qualification, new PaperCertificate("kodomo", Subsidy, ["Municipality"]), Now);

        Assert.Equal("MynaGateCert01res_R01_20261121100203.xml", file);
        var xml = XDocument.Load(Path.Combine(_folder, file!));
        Assert.Equal("REF-0001", xml.Descendants("ReferenceNumber").Single().Value);
        Assert.Equal("06130019", xml.Descendants("InsurerNumber").Single().Value);
        Assert.Equal("2", xml.Descendants("PersonalFamilyClassification").Single().Value);
        Assert.Equal("partial", xml.Descendants("ReadStatus").Single().Value);
        Assert.Equal("Municipality", xml.Descendants("MissingField").Single().Value);
        Assert.Equal(["passed", "passed", "none", "none", "none", "none"], xml.Descendants("CheckDigit").Select(c => c.Value));
    }

    [Fact]
    public void A_wrong_check_digit_is_written_as_a_warning_not_refused()
    {
        PaperCertificateField[] fields = [.. Subsidy.Select(f => f.Name == "RecipientNumber" ? f with { Value = "1234567" } : f)];
        var file = _writer.Write("R01", Qualification, new PaperCertificate("kodomo", fields, ["Municipality"]), Now);

        var recipient = XDocument.Load(Path.Combine(_folder, file!)).Descendants("Field").Single(f => f.Element("Name")!.Value == "RecipientNumber");
        Assert.Equal("failed", recipient.Element("CheckDigit")!.Value);
    }

    public static TheoryData<string, PaperCertificate> Invalid => new()
    {
        { "unknown form", new PaperCertificate("passport", Subsidy, ["Municipality"]) },
        { "a field of another form", new PaperCertificate("kodomo", [.. Subsidy, new("InsurerNumber", "06130019", 90, true)], ["Municipality"]) },
        { "a field twice", new PaperCertificate("kodomo", [.. Subsidy, Subsidy[2]], ["Municipality"]) },
        { "an unknown field", new PaperCertificate("kodomo", [.. Subsidy, new("Nickname", "x", 90, true)], ["Municipality"]) },
        { "a value with a line break", new PaperCertificate("kodomo", [.. Subsidy[..5], Subsidy[5] with { Value = "2027\n0331" }], ["Municipality"]) },
        { "an over-long value", new PaperCertificate("kodomo", [.. Subsidy[..5], Subsidy[5] with { Value = new string('9', 65) }], ["Municipality"]) },
        { "a confidence out of range", new PaperCertificate("kodomo", [.. Subsidy[..5], Subsidy[5] with { Confidence = 101 }], ["Municipality"]) },
        { "missing fields not as sent", new PaperCertificate("kodomo", Subsidy, []) },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void A_certificate_that_does_not_fit_its_form_is_refused_and_nothing_is_written(string why, PaperCertificate certificate)
    {
        Assert.True(_writer.Write("R01", Qualification, certificate, Now) is null, $"{why} was accepted");
        Assert.Empty(Directory.GetFiles(_folder, "*", SearchOption.AllDirectories));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
