namespace MynaGate.Link.Errors;

/// <summary>Which part of the product raises a code, by its letter.</summary>
public enum ErrorArea
{
    /// <summary>E1xx–E6xx: the reader, during a patient's session.</summary>
    Reader,

    /// <summary>T1xx: the terminal could not use the national service or the Face folder; T2xx: it refused the reader's request.</summary>
    Terminal,

    /// <summary>Q3xx: the national service refused the card or the proof.</summary>
    NationalService,

    /// <summary>L1xx: the terminal's link to a paired reader is down.</summary>
    Link,

    /// <summary>P1xx: pairing a reader with the terminal failed.</summary>
    Pairing,
}
