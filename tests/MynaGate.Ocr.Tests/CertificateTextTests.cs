using MynaGate.Certificates;
using MynaGate.Ocr.Synthetic;

namespace MynaGate.Ocr.Tests;

public class CertificateTextTests
{
    // the values parsed for a label's text, joined with '|' (a range has two); null when refused
    private static string? Parse(string label, string text) =>
        CertificateText.Parse(CertificateForms.FindLabel(label)!, text) is { } values ? string.Join('|', values) : null;

    [Theory]
    [InlineData("公費負担者番号", CertificateFieldKind.PublicExpenseNumber)]
    [InlineData("(枝番)", CertificateFieldKind.BranchNumber)]
    [InlineData("受給者氏名", CertificateFieldKind.Name)]
    [InlineData("公四負担者番号", CertificateFieldKind.PublicExpenseNumber)] // one kanji misread in a long label
    [InlineData("有効期間", CertificateFieldKind.ValidFrom)]
    public void Labels_are_found(string text, CertificateFieldKind kind) => Assert.Equal(kind, CertificateForms.FindLabel(text)?.Kind);

    [Theory]
    [InlineData("交付年月日")] // another date on the sheet, never the birth date
    [InlineData("資格取得年月日")]
    [InlineData("保険者名称")]
    [InlineData("起号")] // one off both 記号 and 番号: short labels must match exactly
    [InlineData("上記のとおり医療費の助成を受ける資格があることを証明します。")]
    public void NonLabels_are_not_taken_for_labels(string text) => Assert.Null(CertificateForms.FindLabel(text));

    [Theory]
    [InlineData("ひとり親家庭等医療費受給者証", CertificateForm.SingleParentMedical)]
    [InlineData("国民健康保険被保険者証", CertificateForm.HealthInsuranceCard)]
    [InlineData("子ども医療費受給者証", CertificateForm.ChildMedical)]
    [InlineData("心身障害者医療費受給資格証", CertificateForm.DisabilityMedical)]
    [InlineData("健康保険資格確認書", CertificateForm.QualificationCertificate)]
    [InlineData("国民健康保険資格確認書", CertificateForm.QualificationCertificate)]
    public void Titles_name_their_form(string title, CertificateForm form) => Assert.Equal(form, CertificateForms.FromTitle(title));

    [Fact]
    public void Numbers_must_have_their_length_and_carry_their_check()
    {
        Assert.Equal("54016027", Parse("公費負担者番号", "5401 6027"));
        Assert.Null(Parse("公費負担者番号", "5401602"));
        Assert.Null(Parse("受給者番号", "12345678"));
        Assert.Equal("138057", Parse("保険者番号", "138057"));
        Assert.Null(Parse("保険者番号", "1380571"));
        Assert.Equal(CheckDigitResult.Passed, CertificateText.Check(CertificateFieldKind.PublicExpenseNumber, "54016027"));
        Assert.Equal(CheckDigitResult.Failed, CertificateText.Check(CertificateFieldKind.PublicExpenseNumber, "54016028"));
        Assert.Equal(CheckDigitResult.NotApplicable, CertificateText.Check(CertificateFieldKind.CardNumber, "12"));
    }

    [Fact]
    public void Symbol_allows_hyphens_between_digits_only()
    {
        Assert.Equal("12-34", Parse("記号", "12-34"));
        Assert.Null(Parse("記号", "-1234"));
        Assert.Null(Parse("枝番", "1"));
    }

    [Fact]
    public void Dates_are_era_dates_and_ranges_need_both_ends_in_order()
    {
        Assert.Equal("20110302", Parse("生年月日", "平成23年 3月 2日"));
        Assert.Equal("20190501", Parse("有効期限", "令和元年5月1日まで"));
        Assert.Null(Parse("生年月日", "平成32年1月1日")); // 平成 ended in its 31st year
        Assert.Equal("20260401|20270331", Parse("有効期間", "令和 8年 4月 1日から令和 9年 3月31日まで"));
        Assert.Null(Parse("有効期間", "令和9年4月1日から令和8年3月31日まで"));
        Assert.Null(Parse("有効期間", "令和8年4月1日"));
    }

    [Fact]
    public void NamesAndPlaces_refuse_stray_latin_and_drop_the_issuers_title()
    {
        Assert.Equal("中村健一", Parse("氏名", "中村\u3000健一"));
        Assert.Null(Parse("氏名", "中村 t健一"));
        Assert.Equal("世田谷区", Parse("交付者", "世田谷区長"));
        Assert.Null(Parse("交付者", "世田谷"));
    }

    [Fact]
    public void Fields_never_print_their_values()
    {
        var field = new CertificateField(CertificateFieldKind.Name, "中村健一", 90, true, CheckDigitResult.NotApplicable);
        Assert.DoesNotContain("中村", field.ToString(), StringComparison.Ordinal);
        var truth = CertificateGenerator.Generate(CertificateForm.ChildMedical, 3, new DateOnly(2026, 11, 1));
        Assert.DoesNotContain(truth.Values[CertificateFieldKind.RecipientNumber], truth.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Generator_is_deterministic_and_most_numbers_check()
    {
        var today = new DateOnly(2026, 11, 1);
        var first = CertificateGenerator.Generate(CertificateForm.HealthInsuranceCard, 9, today);
        Assert.Equal(first.Values, CertificateGenerator.Generate(CertificateForm.HealthInsuranceCard, 9, today).Values);
        Assert.NotEqual(first.Values, CertificateGenerator.Generate(CertificateForm.HealthInsuranceCard, 10, today).Values);

        var numbers = Enumerable.Range(0, 400)
            .Select(seed => CertificateGenerator.Generate(CertificateForm.ChildMedical, seed, today).Values[CertificateFieldKind.PublicExpenseNumber])
            .ToArray();
        int failing = numbers.Count(n => CertificateText.Check(CertificateFieldKind.PublicExpenseNumber, n) == CheckDigitResult.Failed);
        Assert.InRange(failing, 5, 40); // about 5 % by design, so the warning path is exercised
        Assert.All(numbers, n => Assert.StartsWith("88", n, StringComparison.Ordinal));
    }
}
