using MynaGate.Link.Errors;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;

namespace MynaGate.Admin;

/// <summary>The console's Japanese names for what the mirror and the settings show (staff-facing; the patient's languages are the kiosk's).</summary>
public static class StaffText
{
    private static readonly Dictionary<string, string> States = new()
    {
        ["Idle"] = "カード待ち", ["ReadingCard"] = "カード読取中", ["MethodChoice"] = "認証方法の選択",
        ["PhoneWait"] = "スマートフォン待ち", ["PhoneConfirm"] = "iPhoneで本人確認中",
        ["CardFaceReading"] = "券面読取中", ["FaceCapture"] = "顔撮影中", ["LowerMask"] = "マスクを外すよう案内中",
        ["FaceRetry"] = "顔認証の再試行", ["PinEntry"] = "暗証番号入力中", ["PinBlocked"] = "暗証番号ロック",
        ["VisualCheck"] = "目視確認待ち", ["Querying"] = "資格確認中", ["Consent"] = "同意確認",
        ["PrescriptionChoice"] = "処方箋の選択(選んだ内容は表示しません)",
        ["MedicalSubsidyChoice"] = "医療費助成の選択(選んだ内容は表示しません)",
        ["PaperChoice"] = "公費の選択", ["PaperPlacement"] = "公費の読取", ["PaperConfirm"] = "公費の内容確認",
        ["Completing"] = "結果送信中", ["Completed"] = "確認完了", ["Error"] = "エラー",
    };

    private static readonly Dictionary<string, string> Steps = new()
    {
        ["Identity"] = "本人認証", ["Consent"] = "同意確認", ["Additional"] = "追加情報", ["PublicExpense"] = "公費確認", ["Done"] = "確認完了",
    };

    private static readonly Dictionary<string, string> Guidance = new()
    {
        ["NoFace"] = "顔が見えない", ["TooFar"] = "遠すぎる", ["TooClose"] = "近すぎる", ["NotCentred"] = "中央からずれている",
        ["TooDark"] = "暗すぎる", ["TooBright"] = "明るすぎる", ["LowContrast"] = "コントラスト不足", ["Blurred"] = "ぶれている",
        ["Turned"] = "顔が横を向いている", ["EyesHidden"] = "目が隠れている", ["Masked"] = "マスク着用",
    };

    private static readonly Dictionary<string, string> PaperForms = new()
    {
        ["ChildMedical"] = "子ども医療費受給者証", ["SingleParentMedical"] = "ひとり親家庭等医療費受給者証",
        ["DisabilityMedical"] = "障害者医療費受給者証", ["HealthInsuranceCard"] = "健康保険証", ["QualificationCertificate"] = "資格確認書",
    };

    public static string State(string state) => States.GetValueOrDefault(state, state);

    public static string Step(string step) => Steps.GetValueOrDefault(step, step);

    public static string QualityGuidance(string reason) => Guidance.GetValueOrDefault(reason, reason);

    public static string PaperForm(string form) => PaperForms.GetValueOrDefault(form, form);

    public static string Consent(ConsentItem item) => item switch
    {
        ConsentItem.PharmacyInformation => "薬剤情報",
        ConsentItem.DiagnosisAndOperation => "診療・手術情報",
        ConsentItem.SpecificHealthCheckups => "特定健診情報",
        ConsentItem.LimitApplication => "限度額適用認定証・高額療養費",
        ConsentItem.Comprehensive => "包括同意",
        ConsentItem.DiagnosisNames => "傷病名",
        ConsentItem.InfectiousDiseases => "感染症",
        ConsentItem.OtherAllergies => "その他アレルギー等",
        ConsentItem.DrugAllergies => "薬剤アレルギー等",
        ConsentItem.LabTests => "検査",
        ConsentItem.Prescriptions => "処方",
        _ => item.ToString(),
    };

    /// <summary>The national consent sets (<see cref="ConsentSets"/>) as the settings page offers them.</summary>
    public static readonly IReadOnlyList<(string Name, string Label)> ConsentSetNames =
    [
        (nameof(ConsentSets.National2024), "2024年10月以降の標準(包括同意・個別に選ぶ、限度額の画面なし)"),
        (nameof(ConsentSets.National2025), "2024年10月以降の標準+電子カルテ情報共有(2025年)の項目"),
        (nameof(ConsentSets.Before2024), "2024年10月より前(項目ごとの画面、限度額の画面あり)"),
    ];

    public static string Language(string code) => code switch
    {
        "ja" => "日本語", "en" => "English", "zh" => "中文", "ko" => "한국어", "vi" => "Tiếng Việt", "pt" => "Português", _ => code,
    };

    /// <summary>Times as the clinic reads them (日本標準時).</summary>
    public static string Time(DateTimeOffset at) =>
        at.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What staff should do about a pairing code (P1xx).</summary>
    /// <summary>What went wrong and what to do, from the error catalogue (docs/error-codes.md says the same).</summary>
    public static string Pairing(string code) =>
        ErrorCatalogue.Find(code) is { Area: ErrorArea.Pairing } entry ? entry.Cause.Ja + entry.StaffAction.Ja : "ペアリングできませんでした。";
}
