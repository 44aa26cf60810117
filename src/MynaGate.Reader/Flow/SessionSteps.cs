namespace MynaGate.Reader.Flow;

/// <summary>The steps of one session, each made with the settings the session started with.</summary>
internal sealed record SessionSteps(
    FaceStep Face, PinStep Pin, QualificationStep Qualification, ConsentStep Consents, PaperStep Paper, TerminalRequests Terminal);
