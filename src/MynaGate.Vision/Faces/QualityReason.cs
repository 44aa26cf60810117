namespace MynaGate.Vision.Faces;

/// <summary>Why a frame is not good enough to compare; the flow and the kiosk turn each into guidance (X3).</summary>
public enum QualityReason
{
    NoFace,
    TooFar,
    TooClose,
    NotCentred,
    TooDark,
    TooBright,
    LowContrast,
    Blurred,
    Turned,
    EyesHidden,
    Masked,
}
