using MynaGate.Certificates;
using MynaGate.Onshi.Contract;

namespace MynaGate.Reader.Host;

/// <summary>The "Reader" section of a reader unit's configuration.</summary>
public sealed class ReaderHostOptions
{
    public const string Section = "Reader";

    /// <summary>The reader's id in the terminal's console and log (R01…).</summary>
    public string Id { get; set; } = "";

    /// <summary>The unit's serial number, shown with every error for support calls.</summary>
    public string Serial { get; set; } = "";

    /// <summary>Its TLS identity and the pin of the terminal it is paired with live here (owner-only).</summary>
    public string StateDirectory { get; set; } = "";

    /// <summary><see cref="CardReader"/> for "whichever reader a card is placed in".</summary>
    public const string AnyCardReader = "*";

    /// <summary>The PC/SC reader name of the card slot, as pcscd lists it (mynagate doctor shows them), or "*": whichever reader a card is placed in.</summary>
    public string CardReader { get; set; } = AnyCardReader;

    /// <summary>
    /// The PC/SC name of the 汎用カードリーダー beside the unit that smartphones are held over (スマホ用電子証明書, R32);
    /// unset (or empty) for none, and then the kiosk offers no スマートフォン button. Never "*": a card slot of "*" takes every other reader.
    /// </summary>
    public string? SmartphoneReader { get; set; }

    public CameraSettings FaceCamera { get; set; } = new();

    public CameraSettings CardCamera { get; set; } = new();

    /// <summary>address:port the terminal connects to (TLS, pinned at pairing).</summary>
    public string LinkListen { get; set; } = "0.0.0.0:47201";

    /// <summary>The public key (PEM) that certifies card-face APs: J-LIS's on a real unit, the test authority's with virtual cards.</summary>
    public string CardFaceRootKeyFile { get; set; } = "";

    /// <summary>The face models (YuNet, the recognizer, MiniFASNet).</summary>
    public string ModelsDirectory { get; set; } = "";

    /// <summary>The face recognizer by its name in the engine's configuration; empty for the shipped default.</summary>
    public string FaceRecognizer { get; set; } = "";

    /// <summary>
    /// Lets a recognizer whose licence is research-only run. Off by default: such a model may not be used in a
    /// clinic without a licence from its maker, so choosing one must be said in so many words.
    /// </summary>
    public bool AllowResearchOnlyRecognizer { get; set; }

    public KioskSettings Kiosk { get; set; } = new();

    public FlowSettings Flow { get; set; } = new();

    /// <summary>公費 paper mode (the console can change it later).</summary>
    public bool PaperMode { get; set; }

    /// <summary>目視確認 offered (the console can change it later).</summary>
    public bool VisualCheck { get; set; }
}

/// <summary>A camera: a V4L2 device (/dev/video0) or an image-sequence folder of JPEGs, not both.</summary>
public sealed class CameraSettings
{
    public string? Device { get; set; }

    /// <summary>A folder whose *.jpg, in name order, are the frames each time the camera is opened.</summary>
    public string? Folder { get; set; }

    public int Width { get; set; } = 640;

    public int Height { get; set; } = 480;

    /// <summary>The pace of an image-sequence folder.</summary>
    public double FramesPerSecond { get; set; } = 15;
}

/// <summary>"Reader:Kiosk": the screen, served on loopback to the unit's browser.</summary>
public sealed class KioskSettings
{
    public int Port { get; set; } = 47101;
    public bool DebugMode { get; set; }
    public bool Voice { get; set; } = true;

    /// <summary>Show the patient the face camera while it looks (off only for benchmarks that measure the rest).</summary>
    public bool LivePreview { get; set; } = true;

    /// <summary>An HTS voice file for Open JTalk: Japanese is then spoken by the reader, not the browser (JapaneseVoice).</summary>
    public string? JapaneseVoiceFile { get; set; }
}

/// <summary>"Reader:Flow": the screens a patient goes through, until the console says otherwise. Unset keys keep the flow's defaults.</summary>
public sealed class FlowSettings
{
    /// <summary>
    /// A national consent set by name (R12): National2024 (the default: 包括同意, no 限度額 screen), National2025 (with the
    /// 電子カルテ情報共有 items), Before2024 (one screen each, 限度額 last). Or <see cref="Consents"/>, not both.
    /// </summary>
    public string? ConsentSet { get; set; }

    /// <summary>
    /// The clinic's own consent screens in order, by name: Comprehensive, PharmacyInformation, DiagnosisAndOperation,
    /// SpecificHealthCheckups, LimitApplication, DiagnosisNames, InfectiousDiseases, OtherAllergies, DrugAllergies,
    /// LabTests, Prescriptions. Comprehensive answers the viewing items listed after it.
    /// </summary>
    public List<ConsentItem>? Consents { get; set; }

    /// <summary>Ask for an electronic or a paper prescription after the consents (R35; default true).</summary>
    public bool? PrescriptionChoice { get; set; }

    /// <summary>Ask whether to use the municipal 受給者証 the national hub holds for the patient (R39; default true).</summary>
    public bool? MedicalSubsidyQuestion { get; set; }

    /// <summary>The certificates paper mode offers, in order (R17, R19): ChildMedical, SingleParentMedical, DisabilityMedical, HealthInsuranceCard, QualificationCertificate (資格確認書).</summary>
    public List<CertificateForm>? PaperForms { get; set; }

    /// <summary>Read 照合番号B off the card face while the patient chooses a method.</summary>
    public bool? ReadCardFaceOnPlacement { get; set; }

    /// <summary>Face attempts before only the PIN is offered.</summary>
    public int? FaceAttempts { get; set; }

    /// <summary>A screen waiting for the patient gives up after this long (R11).</summary>
    public int? InputTimeoutSeconds { get; set; }

    /// <summary>How long the reader waits for the terminal's answer.</summary>
    public int? TerminalTimeoutSeconds { get; set; }

    /// <summary>A card seen this long at the idle screen but not found by the slot brings the "take it out of its case" guidance (R37; default 3, 0 off).</summary>
    public int? CardNotDetectedSeconds { get; set; }
}
