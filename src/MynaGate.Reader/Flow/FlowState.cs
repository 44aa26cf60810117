namespace MynaGate.Reader.Flow;

/// <summary>Where the patient is. Each state is one screen; <see cref="ScreenIds"/> gives its ID.</summary>
public enum FlowState
{
    Idle,
    ReadingCard,
    MethodChoice,
    /// <summary>The patient chose スマートフォン at the idle screen: hold the phone over the 汎用 reader (R32).</summary>
    PhoneWait,
    CardFaceReading,
    FaceCapture,
    LowerMask,
    FaceRetry,
    PinEntry,
    PinBlocked,
    /// <summary>An iPhone: the patient confirms on the phone (Face ID or passcode) while it signs.</summary>
    PhoneConfirm,
    VisualCheck,
    Querying,
    Consent,
    PrescriptionChoice,
    /// <summary>「医療費助成の各種受給者証を利用しますか」 (R39).</summary>
    MedicalSubsidyChoice,
    PaperChoice,
    PaperPlacement,
    PaperConfirm,
    Completing,
    Completed,
    Error,
}
