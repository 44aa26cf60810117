namespace MynaGate.Onshi.Store;

/// <summary>What became of an inquiry the service tried to record.</summary>
public enum InquiryRecording
{
    Recorded,

    /// <summary>An inquiry with the same challenge exists: a replayed proof.</summary>
    ChallengeUsed,

    /// <summary>The reference number was drawn before; another draw will do.</summary>
    ReferenceTaken,
}
