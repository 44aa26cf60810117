namespace MynaGate.Certificates;

/// <summary>
/// What identifies each form and where its fields are: the title words, the printed labels that anchor each field,
/// and the fields the form must carry. Labels are matched whole (spaces and brackets removed), so 交付年月日 or
/// 資格取得年月日 are never taken for 生年月日.
/// </summary>
public static class CertificateForms
{
    /// <summary>A printed label and the field(s) its value gives: 有効期間 gives a from–until pair.</summary>
    public sealed record Label(string Text, CertificateFieldKind Kind, CertificateFieldKind? RangeEnd = null);

    private static readonly (string Word, CertificateForm Form)[] TitleWords =
    [
        ("子ども医療", CertificateForm.ChildMedical),
        ("こども医療", CertificateForm.ChildMedical),
        ("ひとり親", CertificateForm.SingleParentMedical),
        ("親家庭", CertificateForm.SingleParentMedical),
        ("障害者医療", CertificateForm.DisabilityMedical),
        ("資格確認書", CertificateForm.QualificationCertificate),
        ("被保険者証", CertificateForm.HealthInsuranceCard),
    ];

    public static readonly IReadOnlyList<Label> Labels =
    [
        new("公費負担者番号", CertificateFieldKind.PublicExpenseNumber),
        new("負担者番号", CertificateFieldKind.PublicExpenseNumber),
        new("受給者番号", CertificateFieldKind.RecipientNumber),
        new("保険者番号", CertificateFieldKind.InsurerNumber),
        new("記号", CertificateFieldKind.CardSymbol),
        new("番号", CertificateFieldKind.CardNumber),
        new("枝番", CertificateFieldKind.BranchNumber),
        new("氏名", CertificateFieldKind.Name),
        new("受給者氏名", CertificateFieldKind.Name),
        new("生年月日", CertificateFieldKind.BirthDate),
        new("有効期間", CertificateFieldKind.ValidFrom, CertificateFieldKind.ValidUntil),
        new("有効期限", CertificateFieldKind.ValidUntil),
        new("交付者", CertificateFieldKind.Municipality),
        new("実施機関", CertificateFieldKind.Municipality),
    ];

    private static readonly CertificateFieldKind[] SubsidyFields =
    [
        CertificateFieldKind.PublicExpenseNumber, CertificateFieldKind.RecipientNumber, CertificateFieldKind.Name,
        CertificateFieldKind.BirthDate, CertificateFieldKind.ValidFrom, CertificateFieldKind.ValidUntil, CertificateFieldKind.Municipality,
    ];

    private static readonly CertificateFieldKind[] InsuranceCardFields =
    [
        CertificateFieldKind.InsurerNumber, CertificateFieldKind.CardSymbol, CertificateFieldKind.CardNumber,
        CertificateFieldKind.BranchNumber, CertificateFieldKind.Name, CertificateFieldKind.BirthDate, CertificateFieldKind.ValidUntil,
    ];

    /// <summary>The fields <paramref name="form"/> carries, in reading order.</summary>
    public static IReadOnlyList<CertificateFieldKind> Fields(CertificateForm form) =>
        IsInsuranceCard(form) ? InsuranceCardFields : SubsidyFields;

    /// <summary>The 保険証 and the 資格確認書 that replaces it: an insurer's card, not a 公費 受給者証.</summary>
    public static bool IsInsuranceCard(CertificateForm form) =>
        form is CertificateForm.HealthInsuranceCard or CertificateForm.QualificationCertificate;

    /// <summary>The form whose title words appear in <paramref name="compactLine"/>, if any.</summary>
    public static CertificateForm? FromTitle(string compactLine)
    {
        foreach (var (word, form) in TitleWords)
        {
            if (compactLine.Contains(word, StringComparison.Ordinal))
            {
                return form;
            }
        }

        return null;
    }

    /// <summary>The label <paramref name="compactLine"/> is, if it is one: equal after dropping brackets and colons,
    /// or one character off for labels of four or more characters (a misread kanji).</summary>
    public static Label? FindLabel(string compactLine)
    {
        string text = string.Concat(compactLine.Where(c => c is not ('(' or ')' or '（' or '）' or ':' or '：' or '・')));
        return Labels.FirstOrDefault(l => l.Text == text) ??
            Labels.FirstOrDefault(l => l.Text.Length >= 4 && l.Text.Length == text.Length && Differences(l.Text, text) == 1);
    }

    /// <summary>Short names used in the XML (and for `--form` on the command line).</summary>
    public static string Code(CertificateForm form) => form switch
    {
        CertificateForm.ChildMedical => "kodomo",
        CertificateForm.SingleParentMedical => "hitorioya",
        CertificateForm.DisabilityMedical => "shinshin",
        CertificateForm.HealthInsuranceCard => "hokensho",
        CertificateForm.QualificationCertificate => "shikakukakuninsho",
        _ => throw new ArgumentOutOfRangeException(nameof(form)),
    };

    /// <summary>The form of a <see cref="Code"/>, or null for any other text.</summary>
    public static CertificateForm? FromCode(string code) =>
        Enum.GetValues<CertificateForm>().Select(f => (CertificateForm?)f).FirstOrDefault(f => Code(f!.Value) == code);

    private static int Differences(string a, string b) => a.Zip(b).Count(p => p.First != p.Second);
}
