namespace MynaGate.Reader.Flow;

/// <summary>Where the patient is. Each state is one screen; <see cref="ScreenIds"/> gives its ID.</summary>
public enum FlowState
{
    Idle,
    ReadingCard,
    MethodChoice,
    CardFaceReading,
    FaceCapture,
    LowerMask,
    FaceRetry,
    PinEntry,
    PinBlocked,
    VisualCheck,
    Querying,
    Consent,
    PrescriptionChoice,
    PaperChoice,
    PaperPlacement,
    PaperConfirm,
    Completing,
    Completed,
    Error,
}
