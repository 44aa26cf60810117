namespace MynaGate.Link.Messages;

/// <summary>What a reader asks of its terminal during one patient's session.</summary>
public enum LinkRequestKind
{
    /// <summary>A fresh challenge for the card (PIN path) or the device assertion (face, 目視).</summary>
    Challenge,

    /// <summary>The signed assertion and certificate: ask the national service for the qualification.</summary>
    Qualify,

    /// <summary>The consent answers: record them and write the result XML.</summary>
    Complete,

    /// <summary>After a Complete that announced it: the paper certificate the patient confirmed, to be written beside the result XML.</summary>
    Certificate,

    /// <summary>The session ended early (cancel, card removed, timeout, fault): drop what is held for it.</summary>
    Abandon,

    /// <summary>Every session's end, whether the terminal took part or not: how it ended and how long it took (the dashboard's figures).</summary>
    Report,
}
