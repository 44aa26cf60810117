using BenchmarkDotNet.Attributes;
using MynaGate.Certificates.Xml;
using MynaGate.Onshi.Contract;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Terminal.Results;

namespace MynaGate.Bench.Micro;

/// <summary>The face-result XML as the terminal writes it for every session: build the document and encode it.</summary>
[MemoryDiagnoser]
public class ResultXmlBenchmarks
{
    // placeholders, not people: the benchmark measures the writer, not a persona
    private static readonly InsuredQualification Insured = new()
    {
        CardClassification = "1", InsurerNumber = "00000000", InsurerName = "保険者", Number = "0000", Branch = "00", PersonalFamily = 1,
        Name = "氏名", NameKana = "シメイ", Sex = 1, BirthDate = new DateOnly(2000, 1, 1), Address = "住所", PostNumber = "000-0000",
        QualificationDate = new DateOnly(2020, 4, 1), CardValidFrom = new DateOnly(2020, 4, 1), ContributionRatio = "030",
    };

    private readonly FaceResult _result = new("R01", "0000000000", AuthenticationMethod.Face,
        new QualificationResponse("0000000000", QualificationStatus.Valid, new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.FromHours(9)), false, [Insured]),
        new ConsentResponse("0000000000", [.. Enum.GetValues<ConsentItem>().Select(item =>
            new RecordedConsent(item, true, new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.FromHours(9)), null))]));

    [Params(XmlCharacterCode.Utf8, XmlCharacterCode.ShiftJis)]
    public XmlCharacterCode Encoding { get; set; }

    [Benchmark]
    public int BuildAndEncode() => XmlDocumentEncoder.Encode(FaceResultXml.Build(_result, Encoding), Encoding).Length;
}
