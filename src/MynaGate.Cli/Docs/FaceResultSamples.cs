using MynaGate.Certificates.Xml;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Terminal.Results;

namespace MynaGate.Cli.Docs;

/// <summary>
/// The sample files of docs/face-result-xml.md, made by the terminal's own writers from fictitious answers (見本 is
/// "sample"; the numbers pass their check digits and belong to nobody), so the vendor's samples are what ships.
/// </summary>
public static class FaceResultSamples
{
    public const string Folder = "docs/samples";
    public const string Institution = "1311111114";

    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);
    private static readonly DateTimeOffset Processed = new(2026, 12, 4, 9, 30, 0, Japan);

    /// <summary>Each sample's file name (as the terminal names it) and bytes, with what it shows.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes, string Shows)> All()
    {
        var employee = Answer("20261204093000000001", Employee(), Processed);
        var national = Answer("20261204094500000002", NationalHealthInsurance(), Processed.AddMinutes(15));
        var comprehensive = employee with { ReferenceNumber = "20261204100000000003", ProcessedAt = Processed.AddMinutes(30) };
        var current = employee with { ReferenceNumber = "20261204103000000004", ProcessedAt = Processed.AddMinutes(60) };
        var child = Answer("20261204110000000005", Child(), Processed.AddMinutes(90)) with { MedicalSubsidies = [ChildSubsidy()] };
        // written by the terminal's own writers into a folder of their own, then read back: the samples are the files
        string folder = Directory.CreateTempSubdirectory("mynagate-samples-").FullName;
        try
        {
            var utf8 = new FaceResultWriter(folder, XmlCharacterCode.Utf8);
            var shiftJis = new FaceResultWriter(folder, XmlCharacterCode.ShiftJis);
            var certificates = new CertificateResultWriter(folder, XmlCharacterCode.Utf8, Institution);
            (string, byte[], string) Read(string name, string shows) => (name, File.ReadAllBytes(Path.Combine(folder, name)), shows);
            return
            [
                Read(utf8.Write(Result("R01", employee, Consents(employee, agreed: true, comprehensive: false))),
                    "UTF-8; 被用者保険の本人; every consent asked separately and agreed"),
                Read(shiftJis.Write(Result("R02", national, Consents(national, agreed: false, comprehensive: false))),
                    "Shift_JIS; 国保 (6-digit 保険者番号 right-aligned in 8); every consent declined"),
                Read(utf8.Write(Result("R01", comprehensive, Consents(comprehensive, agreed: true, comprehensive: true))),
                    "UTF-8; 包括同意 agreed, which answers every viewing consent"),
                Read(utf8.Write(Result("R02", current, CurrentSet(current)) with { Prescription = PrescriptionIssue.Electronic }),
                    "UTF-8; the 2025 set (ConsentSet National2025): 包括同意 agreed as a reader records it, with each item it covers, "
                    + "the 電子カルテ情報共有 flags, 限度額 provided by law without a screen, and 電子処方箋 chosen (PrescriptionIssueSelect 1)"),
                Read(utf8.Write(Result("R01", child, CurrentSet(child)) with { UseMedicalSubsidies = true }),
                    "UTF-8; a preschool child whose 子ども医療費助成 受給者証 is on PMH, used (MedicalSubsidyUseSelect 1 and "
                    + "MedicalSubsidyResultList, R39: the form is our assumption, see Elements MynaGate fills)"),
                Read(certificates.Write("R01", employee, Certificate(), Processed.AddMinutes(1)) ?? throw new InvalidOperationException("the sample certificate was refused"),
                    "a 子ども医療費受給者証 read in 公費 paper mode, for the same session as the first sample, as written into the certificate folder (docs/ocr-xml.md)"),
            ];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static FaceResult Result(string reader, QualificationResponse answer, ConsentResponse consents) =>
        new(reader, Institution, AuthenticationMethod.Face, answer, consents);

    private static PaperCertificate Certificate() => new("kodomo",
    [
        new("PublicExpenseNumber", "88139993", 96.5f, true),
        new("RecipientNumber", "1234566", 95.0f, true),
        new("Name", "見本花子", 91.2f, false),
        new("BirthDate", "20200401", 97.0f, true),
        new("ValidFrom", "20260401", 97.8f, true),
        new("ValidUntil", "20270331", 97.1f, true),
    ], ["Municipality"]);

    private static QualificationResponse Answer(string reference, InsuredQualification insured, DateTimeOffset at) =>
        new(reference, QualificationStatus.Valid, at, CertificateExpiresSoon: false, [insured]);

    private static ConsentResponse Consents(QualificationResponse answer, bool agreed, bool comprehensive)
    {
        var at = answer.ProcessedAt.AddSeconds(20);
        ConsentItem[] items = comprehensive
            ? [ConsentItem.LimitApplication, ConsentItem.Comprehensive]
            : [ConsentItem.PharmacyInformation, ConsentItem.DiagnosisAndOperation, ConsentItem.SpecificHealthCheckups, ConsentItem.LimitApplication];
        return new ConsentResponse(answer.ReferenceNumber, [.. items.Select((item, i) =>
        {
            var answered = at.AddSeconds(3 * i);
            return new RecordedConsent(item, agreed, answered, agreed && item != ConsentItem.LimitApplication ? answered.AddHours(24) : null);
        })]);
    }

    // as the national service records a 包括同意 under the 2025 set: one time for the answer and every item it covers,
    // and the 限度額 information, which no screen asks since 2024-10-07, recorded as provided when the consents are
    private static ConsentResponse CurrentSet(QualificationResponse answer)
    {
        var at = answer.ProcessedAt.AddSeconds(20);
        return new ConsentResponse(answer.ReferenceNumber,
        [
            .. ConsentSets.National2025.Select(item => new RecordedConsent(item, true, at, at.AddHours(24))),
            new RecordedConsent(ConsentItem.LimitApplication, true, at.AddSeconds(1), null),
        ]);
    }

    private static InsuredQualification Employee() => new()
    {
        CardClassification = "01", InsurerNumber = "06139992", InsurerName = "見本健康保険組合", Symbol = "見本", Number = "1234", Branch = "00",
        PersonalFamily = 1, Name = "見本　太郎", NameKana = "ﾐﾎﾝ ﾀﾛｳ", Sex = 1, BirthDate = new(1980, 1, 1), Address = "東京都千代田区見本町1-1",
        PostNumber = "1000001", QualificationDate = new(2020, 4, 1), CardValidFrom = new(2020, 4, 1), ContributionRatio = "030",
        LimitClassification = "A03",
    };

    // the employee's preschool daughter, a dependant
    private static InsuredQualification Child() => Employee() with
    {
        PersonalFamily = 2, InsuredName = "見本　太郎", Name = "見本　花子", NameKana = "ﾐﾎﾝ ﾊﾅｺ", Sex = 2, BirthDate = new(2022, 4, 1),
        QualificationDate = new(2022, 4, 1), CardValidFrom = new(2022, 4, 1), ContributionRatio = "020", Preschool = true, LimitClassification = null,
    };

    // the same 受給者証 as the paper-mode sample: 公費負担者番号 88139993, 受給者番号 1234566
    private static MedicalSubsidy ChildSubsidy() => new()
    {
        InsurerNumber = "88139993", RecipientNumber = "1234566", ProgramName = "子ども医療費助成", Municipality = "13999",
        ValidFrom = new(2026, 4, 1), ValidUntil = new(2027, 3, 31),
    };

    private static InsuredQualification NationalHealthInsurance() => new()
    {
        CardClassification = "01", InsurerNumber = "138990", InsurerName = "見本市", Symbol = "見本", Number = "5678", Branch = "01",
        PersonalFamily = 1, Name = "見本　花子", NameKana = "ﾐﾎﾝ ﾊﾅｺ", Sex = 2, BirthDate = new(1955, 5, 5), Address = "東京都見本市見本町2-2",
        PostNumber = "1000002", QualificationDate = new(2015, 4, 1), CardValidFrom = new(2026, 8, 1), CardValidUntil = new(2027, 7, 31),
        ContributionRatio = "020", ElderlyContributionRatio = "020",
    };
}
