using System.Globalization;
using MynaGate.Hosting.Settings;
using MynaGate.Link.Messages;
using MynaGate.Reader.Flow;
using MynaGate.Vision.Faces;

namespace MynaGate.Reader.Host;

/// <summary>
/// Every key of mynagate-reader, declared once. Defaults come from the options and the flow they configure; the
/// input timeout's range is the console's (<see cref="ReaderSettings"/>), so a value a file allows the console allows.
/// </summary>
public static class ReaderSettingsCatalogue
{
    private const string S = ReaderHostOptions.Section;
    private static readonly FlowOptions Flow = new();
    private static readonly KioskSettings Kiosk = new();
    private static readonly CameraSettings Camera = new();

    public static readonly Setting FaceAttempts = new($"{S}:Flow:FaceAttempts", Text(Flow.FaceAttempts),
        "face attempts before only the PIN is offered") { Min = 1, Max = 5, Japanese = "暗証番号だけになるまでの顔認証の回数" };

    public static readonly Setting InputTimeoutSeconds = new($"{S}:Flow:InputTimeoutSeconds", Text(Flow.InputTimeout.TotalSeconds),
        "a screen waiting for the patient gives up after this long (R11); at least 15 s, as a consent read aloud in the accessible mode takes longer than 10")
    {
        Example = 60, Min = ReaderSettings.MinInputTimeout.TotalSeconds, Max = ReaderSettings.MaxInputTimeout.TotalSeconds, ChangedByStaff = true,
        Japanese = "患者さんの操作を待つ画面がこの時間で終わります (R11)。読み上げモードで同意を読むのに 10 秒より長くかかるため、15 秒以上",
    };

    public static readonly Setting TerminalTimeoutSeconds = new($"{S}:Flow:TerminalTimeoutSeconds", Text(Flow.TerminalTimeout.TotalSeconds),
        "how long the reader waits for the terminal's answer") { Example = 15, Min = 2, Max = 120, Japanese = "端末の応答を待つ時間" };

    public static readonly Setting CardNotDetectedSeconds = new($"{S}:Flow:CardNotDetectedSeconds", Text(Flow.CardNotDetectedAfter.TotalSeconds),
        "a card the card camera sees lying whole at the idle screen for this long while the slot has not found it (a thick case or cover, or not a My Number Card) brings the guidance E111 to take it out of its case (R37); a card in the slot that does not answer, E112, is told either way")
    { Min = 0, Max = 60, MinMeans = "off", Japanese = "待受画面でカードが券面カメラに全体で写っているのにカード置き場が見つけられない状態 (厚いケースやカバー、マイナンバーカードではない) がこの時間続くと、ケースから出す案内 E111 を出します (R37)。置き場のカードが応答しない場合 (E112) はどちらでも案内します" };

    public static readonly Setting KioskPort = new($"{S}:Kiosk:Port", Text(Kiosk.Port), "the patient's screen, on 127.0.0.1 only") { Example = 47101, Min = 0, Max = 65535, Japanese = "患者さんの画面 (127.0.0.1 のみ)" };

    public static readonly Setting CameraWidth = new($"{S}:FaceCamera:Width", Text(Camera.Width), "capture width of a device") { Example = 640, Min = 160, Max = 4096, Japanese = "デバイスの撮影幅" };
    public static readonly Setting CameraHeight = new($"{S}:FaceCamera:Height", Text(Camera.Height), "capture height of a device") { Example = 480, Min = 120, Max = 4096, Japanese = "デバイスの撮影高さ" };
    public static readonly Setting CameraFramesPerSecond = new($"{S}:FaceCamera:FramesPerSecond", Text(Camera.FramesPerSecond), "pace of a folder") { Min = 1, Max = 60, Japanese = "フォルダのフレームの間隔 (毎秒の枚数)" };

    public static readonly SettingCatalogue Catalogue = new("mynagate-reader", S,
    [
        new($"{S}:Id", "required", "the reader's id in the console and the log: 1–16 letters, digits or `-` (`R01`)") { Example = "R01", Japanese = "コンソールとログでのリーダーの ID。英数字と `-` の 1〜16 文字 (`R01`)" },
        new($"{S}:Serial", "required", "the unit's serial number, shown with every error on its screen (`MG-R01-0001`)") { Example = "MG-R01-0001", Japanese = "装置の製造番号。画面のエラー表示に毎回添えます (`MG-R01-0001`)" },
        new($"{S}:StateDirectory", "required", "its TLS key (`identity.pfx`) and the pin of its terminal (`paired-terminal.json`), owner-only") { Example = "/var/lib/mynagate/reader", Japanese = "TLS 鍵 (`identity.pfx`) とペアリングした端末のピン (`paired-terminal.json`) を置くフォルダ (所有者のみ読み書き)" },
        new($"{S}:CardReader", $"`{ReaderHostOptions.AnyCardReader}`", "the PC/SC reader of the card slot, exactly as pcscd names it (`mynagate doctor` lists them; `Virtual PCD 00 00` for vpcd), or `*`: whichever reader a card is placed in (a unit with one card reader)") { Example = "SONY FeliCa Port/PaSoRi 4.0 (0123456) 00 00", Japanese = "カード置き場の PC/SC リーダー名。pcscd の表示どおりに書きます (`mynagate doctor` が一覧します。vpcd では `Virtual PCD 00 00`)。`*` ならカードが置かれたリーダー (カードリーダーが 1 台の装置)" },
        new($"{S}:SmartphoneReader", "none", "the PC/SC reader beside the unit that smartphones are held over (汎用カードリーダー, R32), named as pcscd names it; when set the idle screen offers スマートフォン, and a `*` card slot leaves this reader out. Never `*`. The card slot's own reader (as `CardReader` names it) for a unit whose card reader also reads phones (R42): a phone laid there starts the phone path without a tap") { Japanese = "スマートフォンをかざす汎用カードリーダー (R32) の PC/SC 名。設定すると待受画面に「スマートフォン」が出て、`*` のカード置き場はこのリーダーを除きます。`*` は不可。カードリーダーがスマートフォンも読む装置 (R42) では `CardReader` と同じ名前にします。そこに置かれたスマートフォンは、ボタンを押さなくてもスマートフォンの手順になります" },
        new($"{S}:FaceCamera:Device", "—", "a V4L2 device by its stable name (`/dev/v4l/by-id/…`, listed by `mynagate doctor`: `/dev/videoN` numbers swap between boots); or") { Example = "/dev/v4l/by-id/usb-Example_Face_Camera_0001-video-index0", Japanese = "V4L2 デバイスを変わらない名前で (`/dev/v4l/by-id/…`、`mynagate doctor` が一覧します。`/dev/videoN` の番号は起動ごとに入れ替わります)。または" },
        new($"{S}:FaceCamera:Folder", "—", "an image-sequence folder: its `*.jpg` in name order are the frames each time the camera opens") { Japanese = "画像列のフォルダ。カメラを開くたびに、名前順の `*.jpg` がフレームになります" },
        CameraWidth,
        CameraHeight,
        CameraFramesPerSecond,
        new($"{S}:CardCamera:Device", "—", "the card-face camera (also reads paper certificates in 公費 mode), as `FaceCamera:Device`; or") { Example = "/dev/v4l/by-id/usb-Example_Card_Camera_0002-video-index0", Japanese = "券面カメラ (公費モードでは紙の受給者証も読みます)。`FaceCamera:Device` と同じ。または" },
        new($"{S}:CardCamera:Folder", "—", "as `FaceCamera:Folder`") { Japanese = "`FaceCamera:Folder` と同じ" },
        new($"{S}:CardCamera:Width", Text(Camera.Width), "as `FaceCamera:Width`") { Example = 1280, Min = CameraWidth.Min, Max = CameraWidth.Max, Japanese = "`FaceCamera:Width` と同じ" },
        new($"{S}:CardCamera:Height", Text(Camera.Height), "as `FaceCamera:Height`") { Example = 720, Min = CameraHeight.Min, Max = CameraHeight.Max, Japanese = "`FaceCamera:Height` と同じ" },
        new($"{S}:CardCamera:FramesPerSecond", Text(Camera.FramesPerSecond), "as `FaceCamera:FramesPerSecond`") { Min = CameraFramesPerSecond.Min, Max = CameraFramesPerSecond.Max, Japanese = "`FaceCamera:FramesPerSecond` と同じ" },
        new($"{S}:LinkListen", $"`{new ReaderHostOptions().LinkListen}`", "where the terminal connects (TLS; pairing, then the paired terminal only)") { Example = "0.0.0.0:47201", Japanese = "端末が接続するアドレス (TLS。ペアリング後はペアリングした端末だけ)" },
        new($"{S}:CardFaceRootKeyFile", "required", "PEM public key that certifies card-face APs (J-LIS's on site; the emulator exports its test key as `card-face-root.pem`)") { Example = "/etc/mynagate/card-face-root.pem", Japanese = "券面事項確認AP を証明する公開鍵 (PEM)。現地では J-LIS のもの、エミュレータはテスト用の鍵を `card-face-root.pem` として出力します" },
        new($"{S}:ModelsDirectory", "required", "the face and OCR models (YuNet, the recognizer, MiniFASNet, PP-OCR)") { Example = "/opt/mynagate/models", Japanese = "顔と OCR のモデル (YuNet、認識器、MiniFASNet、PP-OCR) のフォルダ" },
        new($"{S}:FaceRecognizer", $"empty (the shipped default, `{FaceEngineOptions.Default().Recognizer}`)", "another recognizer described in the engine's configuration (`mynagate doctor` lists them with their licences)") { Japanese = "エンジンの設定にある別の顔認識器 (`mynagate doctor` がライセンスと共に一覧します)", DefaultJapanese = "空 (同梱の既定)" },
        new($"{S}:AllowResearchOnlyRecognizer", "`false`", "must be `true` for a recognizer whose licence is `research-only` (such as `w600k-mbf-int8`) to start; such a model may not be used in a clinic without its maker's licence") { Japanese = "ライセンスが `research-only` の認識器 (`w600k-mbf-int8` など) を起動するには `true` が必要です。そのモデルは作成者のライセンスなしに医療機関で使えません" },
        KioskPort,
        new($"{S}:Kiosk:DebugMode", Text(Kiosk.DebugMode), "show screen IDs") { Example = false, ChangedByStaff = true, Japanese = "画面 ID を表示する" },
        new($"{S}:Kiosk:Voice", Text(Kiosk.Voice), "spoken guidance") { Example = true, ChangedByStaff = true, Japanese = "音声案内" },
        new($"{S}:Kiosk:JapaneseVoiceFile", "none (the browser's voice)", "an HTS voice file: the reader speaks Japanese itself with Open JTalk (Debian's `open-jtalk` and `open-jtalk-mecab-naist-jdic`), since the browser's voices on Debian cannot read kanji; the package installs one") { Example = "/opt/mynagate/models/voice/nitech_jp_atr503_m001.htsvoice", Japanese = "HTS の音声ファイル。日本語をブラウザーではなくリーダーが Open JTalk (Debian の `open-jtalk` と `open-jtalk-mecab-naist-jdic`) で読み上げます。Debian のブラウザーの音声は漢字を読めないため。パッケージが 1 つ入れます", DefaultJapanese = "なし (ブラウザーの音声)" },
        new($"{S}:Kiosk:LivePreview", Text(Kiosk.LivePreview), "show the patient the face camera while it looks") { Example = true, Japanese = "顔を確認している間、顔カメラの映像を患者さんに見せる" },
        new($"{S}:Flow:ConsentSet", "`National2024`", "a national consent set by name: `National2024` (since 2024-10-07: 包括同意, with 個別に選ぶ leading to 薬剤・診療/手術・特定健診; no 限度額 screen, its information is provided by law), `National2025` (the same with the 電子カルテ情報共有 items of 2025), `Before2024` (one screen each, 限度額 last)") { ChangedByStaff = true, Japanese = "国の同意の組を名前で: `National2024` (2024-10-07 から。包括同意、「個別に選ぶ」で薬剤・診療/手術・特定健診。限度額の画面なし、その情報は法に基づき提供)、`National2025` (同じものに 2025 年の電子カルテ情報共有の項目)、`Before2024` (1 画面ずつ、限度額が最後)" },
        new($"{S}:Flow:Consents", "—", "instead of a set, the clinic's own screens in order, each once: `Comprehensive`, `PharmacyInformation`, `DiagnosisAndOperation`, `SpecificHealthCheckups`, `LimitApplication`, `DiagnosisNames`, `InfectiousDiseases`, `OtherAllergies`, `DrugAllergies`, `LabTests`, `Prescriptions`; `Comprehensive` answers (or, by 個別に選ぶ, asks one by one) the viewing items listed after it") { Example = new[] { "PharmacyInformation", "DiagnosisAndOperation", "SpecificHealthCheckups", "LimitApplication" }, ChangedByStaff = true, Japanese = "組の代わりに、医療機関が選ぶ画面を順に各 1 回: `Comprehensive`、`PharmacyInformation`、`DiagnosisAndOperation`、`SpecificHealthCheckups`、`LimitApplication`、`DiagnosisNames`、`InfectiousDiseases`、`OtherAllergies`、`DrugAllergies`、`LabTests`、`Prescriptions`。`Comprehensive` はその後に並べた閲覧項目に一括で答えます (「個別に選ぶ」なら 1 つずつ)" },
        new($"{S}:Flow:PrescriptionChoice", Text(Flow.PrescriptionChoice), "after the consents the patient chooses 電子処方箋 or 紙の処方箋 (R35); the answer is `PrescriptionIssueSelect` in the result XML") { ChangedByStaff = true, Japanese = "同意の後に電子処方箋か紙の処方箋かを選んでもらう (R35)。答えは結果 XML の `PrescriptionIssueSelect`" },
        new($"{S}:Flow:MedicalSubsidyQuestion", Text(Flow.MedicalSubsidyQuestion), "when the national hub (PMH) holds municipal 医療費助成 受給者証 for the patient, ask 「医療費助成の各種受給者証を利用しますか」 (R39); the answer and, when used, the certificates are in the result XML (`MedicalSubsidyUseSelect`, `MedicalSubsidyResultList`)") { ChangedByStaff = true, Japanese = "国のハブ (PMH) に患者さんの医療費助成の受給者証があるとき「医療費助成の各種受給者証を利用しますか」と尋ねる (R39)。答えと、利用するときは受給者証が結果 XML に入る (`MedicalSubsidyUseSelect`、`MedicalSubsidyResultList`)" },
        new($"{S}:Flow:PaperForms", "the three 受給者証", "certificates paper mode offers, in order: `ChildMedical`, `SingleParentMedical`, `DisabilityMedical`, `HealthInsuranceCard` (保険証, R19), `QualificationCertificate` (資格確認書, issued instead of the 保険証 since December 2024)") { Example = new[] { "ChildMedical", "SingleParentMedical", "DisabilityMedical", "HealthInsuranceCard" }, Japanese = "紙モードで選べる証を順に: `ChildMedical`、`SingleParentMedical`、`DisabilityMedical`、`HealthInsuranceCard` (保険証、R19)、`QualificationCertificate` (資格確認書、2024 年 12 月から保険証の代わりに交付)", DefaultJapanese = "3 種の受給者証" },
        new($"{S}:Flow:ReadCardFaceOnPlacement", Text(Flow.ReadCardFaceOnPlacement), "read 照合番号B off the card face while the patient chooses a method") { Japanese = "患者さんが方法を選んでいる間に券面から照合番号B を読む" },
        FaceAttempts,
        InputTimeoutSeconds,
        TerminalTimeoutSeconds,
        CardNotDetectedSeconds,
        new($"{S}:PaperMode", Text(Flow.PaperMode), "公費 paper mode, until the console's settings say otherwise") { Example = false, ChangedByStaff = true, Japanese = "公費の紙モード。コンソールの設定が変えるまで" },
        new($"{S}:VisualCheck", Text(Flow.VisualCheckEnabled), "目視確認 offered, until the console's settings say otherwise") { Example = false, ChangedByStaff = true, Japanese = "目視確認を提示する。コンソールの設定が変えるまで" },
    ],
    [
        "Exactly one of `Device` and `Folder` per camera.",
    ])
    {
        JapaneseNotes = ["カメラごとに `Device` と `Folder` のどちらか一方だけを設定します。"],
    };

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Text(bool value) => value ? "`true`" : "`false`";
}
