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
        "face attempts before only the PIN is offered") { Min = 1, Max = 5 };

    public static readonly Setting InputTimeoutSeconds = new($"{S}:Flow:InputTimeoutSeconds", Text(Flow.InputTimeout.TotalSeconds),
        "a screen waiting for the patient gives up after this long (R11); at least 15 s, as a consent read aloud in the accessible mode takes longer than 10")
    {
        Min = ReaderSettings.MinInputTimeout.TotalSeconds, Max = ReaderSettings.MaxInputTimeout.TotalSeconds, ChangedByStaff = true,
    };

    public static readonly Setting TerminalTimeoutSeconds = new($"{S}:Flow:TerminalTimeoutSeconds", Text(Flow.TerminalTimeout.TotalSeconds),
        "how long the reader waits for the terminal's answer") { Min = 2, Max = 120 };

    public static readonly Setting CardNotDetectedSeconds = new($"{S}:Flow:CardNotDetectedSeconds", Text(Flow.CardNotDetectedAfter.TotalSeconds),
        "a card the card camera sees lying whole at the idle screen for this long while the slot has not found it (a thick case or cover, or not a My Number Card) brings the guidance E111 to take it out of its case (R37); a card in the slot that does not answer, E112, is told either way")
    { Min = 0, Max = 60, MinMeans = "off" };

    public static readonly Setting KioskPort = new($"{S}:Kiosk:Port", Text(Kiosk.Port), "the patient's screen, on 127.0.0.1 only") { Min = 0, Max = 65535 };

    public static readonly Setting CameraWidth = new($"{S}:FaceCamera:Width", Text(Camera.Width), "capture width of a device") { Min = 160, Max = 4096 };
    public static readonly Setting CameraHeight = new($"{S}:FaceCamera:Height", Text(Camera.Height), "capture height of a device") { Min = 120, Max = 4096 };
    public static readonly Setting CameraFramesPerSecond = new($"{S}:FaceCamera:FramesPerSecond", Text(Camera.FramesPerSecond), "pace of a folder") { Min = 1, Max = 60 };

    public static readonly SettingCatalogue Catalogue = new("mynagate-reader", S,
    [
        new($"{S}:Id", "required", "the reader's id in the console and the log: 1–16 letters, digits or `-` (`R01`)"),
        new($"{S}:Serial", "required", "the unit's serial number, shown with every error on its screen (`MG-R01-0001`)"),
        new($"{S}:StateDirectory", "required", "its TLS key (`identity.pfx`) and the pin of its terminal (`paired-terminal.json`), owner-only"),
        new($"{S}:CardReader", $"`{ReaderHostOptions.AnyCardReader}`", "the PC/SC reader of the card slot, exactly as pcscd names it (`mynagate doctor` lists them; `Virtual PCD 00 00` for vpcd), or `*`: whichever reader a card is placed in (a unit with one card reader)"),
        new($"{S}:SmartphoneReader", "none", "the PC/SC reader beside the unit that smartphones are held over (汎用カードリーダー, R32), named as pcscd names it; when set the idle screen offers スマートフォン, and a `*` card slot leaves this reader out. Never `*`, never the card slot's reader"),
        new($"{S}:FaceCamera:Device", "—", "a V4L2 device (`/dev/video0`); or"),
        new($"{S}:FaceCamera:Folder", "—", "an image-sequence folder: its `*.jpg` in name order are the frames each time the camera opens"),
        CameraWidth,
        CameraHeight,
        CameraFramesPerSecond,
        new($"{S}:CardCamera:Device", "—", "the card-face camera (also reads paper certificates in 公費 mode), as `FaceCamera:Device`; or"),
        new($"{S}:CardCamera:Folder", "—", "as `FaceCamera:Folder`"),
        new($"{S}:CardCamera:Width", Text(Camera.Width), "as `FaceCamera:Width`") { Min = CameraWidth.Min, Max = CameraWidth.Max },
        new($"{S}:CardCamera:Height", Text(Camera.Height), "as `FaceCamera:Height`") { Min = CameraHeight.Min, Max = CameraHeight.Max },
        new($"{S}:CardCamera:FramesPerSecond", Text(Camera.FramesPerSecond), "as `FaceCamera:FramesPerSecond`") { Min = CameraFramesPerSecond.Min, Max = CameraFramesPerSecond.Max },
        new($"{S}:LinkListen", $"`{new ReaderHostOptions().LinkListen}`", "where the terminal connects (TLS; pairing, then the paired terminal only)"),
        new($"{S}:CardFaceRootKeyFile", "required", "PEM public key that certifies card-face APs (J-LIS's on site; the emulator exports its test key as `card-face-root.pem`)"),
        new($"{S}:ModelsDirectory", "required", "the face and OCR models (YuNet, the recognizer, MiniFASNet, PP-OCR)"),
        new($"{S}:FaceRecognizer", $"empty (the shipped default, `{FaceEngineOptions.Default().Recognizer}`)", "another recognizer described in the engine's configuration (`mynagate doctor` lists them with their licences)"),
        new($"{S}:AllowResearchOnlyRecognizer", "`false`", "must be `true` for a recognizer whose licence is `research-only` (such as `w600k-mbf-int8`) to start; such a model may not be used in a clinic without its maker's licence"),
        KioskPort,
        new($"{S}:Kiosk:DebugMode", Text(Kiosk.DebugMode), "show screen IDs") { ChangedByStaff = true },
        new($"{S}:Kiosk:Voice", Text(Kiosk.Voice), "spoken guidance") { ChangedByStaff = true },
        new($"{S}:Kiosk:LivePreview", Text(Kiosk.LivePreview), "show the patient the face camera while it looks"),
        new($"{S}:Flow:ConsentSet", "`National2024`", "a national consent set by name: `National2024` (since 2024-10-07: 包括同意, with 個別に選ぶ leading to 薬剤・診療/手術・特定健診; no 限度額 screen, its information is provided by law), `National2025` (the same with the 電子カルテ情報共有 items of 2025), `Before2024` (one screen each, 限度額 last)") { ChangedByStaff = true },
        new($"{S}:Flow:Consents", "—", "instead of a set, the clinic's own screens in order, each once: `Comprehensive`, `PharmacyInformation`, `DiagnosisAndOperation`, `SpecificHealthCheckups`, `LimitApplication`, `DiagnosisNames`, `InfectiousDiseases`, `OtherAllergies`, `DrugAllergies`, `LabTests`, `Prescriptions`; `Comprehensive` answers (or, by 個別に選ぶ, asks one by one) the viewing items listed after it") { ChangedByStaff = true },
        new($"{S}:Flow:PrescriptionChoice", Text(Flow.PrescriptionChoice), "after the consents the patient chooses 電子処方箋 or 紙の処方箋 (R35); the answer is `PrescriptionIssueSelect` in the result XML") { ChangedByStaff = true },
        new($"{S}:Flow:PaperForms", "the three 受給者証", "certificates paper mode offers, in order: `ChildMedical`, `SingleParentMedical`, `DisabilityMedical`, `HealthInsuranceCard` (保険証, R19), `QualificationCertificate` (資格確認書, issued instead of the 保険証 since December 2024)"),
        new($"{S}:Flow:ReadCardFaceOnPlacement", Text(Flow.ReadCardFaceOnPlacement), "read 照合番号B off the card face while the patient chooses a method"),
        FaceAttempts,
        InputTimeoutSeconds,
        TerminalTimeoutSeconds,
        CardNotDetectedSeconds,
        new($"{S}:PaperMode", Text(Flow.PaperMode), "公費 paper mode, until the console's settings say otherwise") { ChangedByStaff = true },
        new($"{S}:VisualCheck", Text(Flow.VisualCheckEnabled), "目視確認 offered, until the console's settings say otherwise") { ChangedByStaff = true },
    ],
    [
        "Exactly one of `Device` and `Folder` per camera.",
    ]);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Text(bool value) => value ? "`true`" : "`false`";
}
