using System.Text;

namespace MynaGate.Cli.Tests;

public sealed class XmlCheckTests : IDisposable
{
    private readonly TestFolder _temp = new();

    // the spec's sample (§3.2) with a valid 医療機関コード and 保険者番号; all values synthetic
    private const string Valid = """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <XmlMsg>
          <MessageBody>
            <ProcessingResultStatus>1</ProcessingResultStatus>
            <ResultList>
              <ResultOfQualificationConfirmation>
                <InsurerNumber>  138057</InsurerNumber>
                <InsuredCardClassification>01</InsuredCardClassification>
                <InsuredIdentificationNumber>4260</InsuredIdentificationNumber>
                <InsuredBranchNumber>01</InsuredBranchNumber>
                <PersonalFamilyClassification>1</PersonalFamilyClassification>
                <Sex1>1</Sex1><Birthdate>20010327</Birthdate>
                <NameKana>tolerated</NameKana>
                <PharmacistsInfoConsFlg>1</PharmacistsInfoConsFlg>
                <PharmacistsInfoConsTime>20230221174835</PharmacistsInfoConsTime>
                <PharmacistsInfoAvailableTime>20230222174835</PharmacistsInfoAvailableTime>
                <DiagnosisInfoConsFlg>0</DiagnosisInfoConsFlg>
                <LimitApplicationCertificateRelatedConsFlg>0</LimitApplicationCertificateRelatedConsFlg>
              </ResultOfQualificationConfirmation>
            </ResultList>
            <QualificationValidity>1</QualificationValidity>
          </MessageBody>
          <MessageHeader>
            <ProcessExecutionTime>20230221174835</ProcessExecutionTime>
            <CharacterCodeIdentifier>0</CharacterCodeIdentifier>
            <SegmentOfResult>1</SegmentOfResult>
            <QualificationConfirmationDate>20230221</QualificationConfirmationDate>
            <ReferenceClassification>1</ReferenceClassification>
            <MedicalInstitutionCode>3410712362</MedicalInstitutionCode>
          </MessageHeader>
        </XmlMsg>
        """;

    [Fact]
    public async Task A_valid_file_in_any_element_order_is_ok()
    {
        var run = await Toolbox.RunAsync("xml", "check", Save(Valid), "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("ok", Assert.Single(run.Lines).GetProperty("status").GetString());
    }

    [Theory]
    // consumers ignore what they do not know: a vendor's extension, or a misspelling nobody listed, is worth a look
    [InlineData("<DiagnosisInfoConsFlg>0</DiagnosisInfoConsFlg>", "<DiagnosisInfoConsFlg>0</DiagnosisInfoConsFlg><VendorExtension>x</VendorExtension>", "MessageBody/ResultList/ResultOfQualificationConfirmation/VendorExtension")]
    // 被保険者証区分 grows: a class of today's shape not known today
    [InlineData("<InsuredCardClassification>01", "<InsuredCardClassification>99", "MessageBody/ResultList/ResultOfQualificationConfirmation/InsuredCardClassification")]
    public async Task An_unknown_element_or_a_code_not_known_today_is_a_warning_and_exits_0(string from, string to, string element)
    {
        var run = await Toolbox.RunAsync("xml", "check", Save(Valid.Replace(from, to, StringComparison.Ordinal)), "--json");

        Assert.Equal(0, run.ExitCode);
        var finding = Assert.Single(run.Lines);
        Assert.Equal("warning", finding.GetProperty("status").GetString());
        Assert.Equal(element, finding.GetProperty("element").GetString());
    }

    [Fact]
    public async Task A_shift_jis_file_is_read_and_its_character_code_must_say_so()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var shiftJis = Encoding.GetEncoding("shift_jis");
        string text = Valid.Replace("UTF-8", "Shift_JIS").Replace("<CharacterCodeIdentifier>0", "<CharacterCodeIdentifier>1")
            .Replace("tolerated", "ｼﾝﾘｮｳ ﾀﾛｳ");
        var good = await Toolbox.RunAsync("xml", "check", Save(shiftJis.GetBytes(text)), "--json");
        var wrong = await Toolbox.RunAsync("xml", "check", Save(shiftJis.GetBytes(text.Replace("<CharacterCodeIdentifier>1", "<CharacterCodeIdentifier>0"))), "--json");

        Assert.Equal(0, good.ExitCode);
        Assert.Equal(1, wrong.ExitCode);
        Assert.Equal("MessageHeader/CharacterCodeIdentifier", Assert.Single(wrong.Lines).GetProperty("element").GetString());
    }

    public static TheoryData<string, string, string> Broken => new()
    {
        { "<Birthdate>20010327</Birthdate>", "", "MessageBody/ResultList/ResultOfQualificationConfirmation/Birthdate" },
        { "<Birthdate>20010327</Birthdate>", "<Birthdate>20010230</Birthdate>", "MessageBody/ResultList/ResultOfQualificationConfirmation/Birthdate" },
        { "<ProcessExecutionTime>20230221174835", "<ProcessExecutionTime>2023-02-21 17:48", "MessageHeader/ProcessExecutionTime" },
        { "<PharmacistsInfoConsTime>20230221174835</PharmacistsInfoConsTime>", "", "MessageBody/ResultList/ResultOfQualificationConfirmation/PharmacistsInfoConsTime" },
        { "<DiagnosisInfoConsFlg>0", "<DiagnosisInfoConsFlg>7", "MessageBody/ResultList/ResultOfQualificationConfirmation/DiagnosisInfoConsFlg" },
        { "<InsuredCardClassification>01", "<InsuredCardClassification>1", "MessageBody/ResultList/ResultOfQualificationConfirmation/InsuredCardClassification" },
        { "<Sex1>1</Sex1><Birthdate>20010327</Birthdate>", "<Birthdate>20010327</Birthdate><Sex1>1</Sex1><Birthdate>20010327</Birthdate>", "MessageBody/ResultList/ResultOfQualificationConfirmation/Birthdate" },
        { "<QualificationValidity>1</QualificationValidity>", "", "MessageBody/QualificationValidity" },
        { "<DiagnosisInfoConsFlg>0</DiagnosisInfoConsFlg>", "<DiagnosisInfoConsFlg>0</DiagnosisInfoConsFlg><PharmaceuticalInfoConsFlg>1</PharmaceuticalInfoConsFlg>", "MessageBody/ResultList/ResultOfQualificationConfirmation/PharmaceuticalInfoConsFlg" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public async Task Each_problem_is_reported_at_its_element_and_exits_1(string from, string to, string element)
    {
        var run = await Toolbox.RunAsync("xml", "check", Save(Valid.Replace(from, to, StringComparison.Ordinal)), "--json");

        Assert.Equal(1, run.ExitCode);
        var finding = Assert.Single(run.Lines);
        Assert.Equal("error", finding.GetProperty("status").GetString());
        Assert.Equal(element, finding.GetProperty("element").GetString());
    }

    [Fact]
    public async Task A_failed_check_digit_is_a_warning_and_exits_0()
    {
        var run = await Toolbox.RunAsync("xml", "check", Save(Valid.Replace("  138057", "  138058")), "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("warning", Assert.Single(run.Lines).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Unreadable_and_malformed_files_are_errors_and_the_other_files_are_still_checked()
    {
        string missing = Path.Combine(Path.GetTempPath(), "mynagate-no-such-file.xml");
        var run = await Toolbox.RunAsync("xml", "check", missing, Save("<XmlMsg><MessageHeader>"), Save(Valid));

        Assert.Equal(1, run.ExitCode);
        string[] rows = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("file", rows[0]);
        Assert.Contains("file not found", rows[1]);
        Assert.Contains("not well-formed XML", rows[2]);
        Assert.Matches(@"\sok\s", rows[3] + " ");
    }

    private string Save(string xml) => Save(Encoding.UTF8.GetBytes(xml));

    private string Save(byte[] xml) => _temp.File("result.xml", xml);

    public void Dispose() => _temp.Dispose();
}
