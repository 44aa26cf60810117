namespace MynaGate.Vision.Faces;

/// <summary>How a multi-frame face verification ended.</summary>
public enum FaceVerificationOutcome
{
    /// <summary>The live face matches the chip photo and looked live.</summary>
    Matched,

    /// <summary>Enough good, live frames were compared and they do not match.</summary>
    NotMatched,

    /// <summary>Too few of the compared frames looked live (a photo or a screen).</summary>
    NotLive,

    /// <summary>A masked face did not match: the flow asks the patient to lower the mask and tries again.</summary>
    LowerMask,

    /// <summary>The time budget ran out before enough good frames; <see cref="FaceVerification.Reason"/> says why.</summary>
    TimedOut,

    /// <summary>The camera stopped delivering frames.</summary>
    CameraEnded,
}
