namespace MynaGate.Reader.Link;

/// <summary>Why the reader refused a pairing step.</summary>
public enum PairingRefusal
{
    None,

    /// <summary>The reader already trusts a terminal; staff unpair it first.</summary>
    AlreadyPaired,

    /// <summary>Too many attempts on this reader lately, whatever their code; wait and try again.</summary>
    RateLimited,

    /// <summary>The message was malformed or did not verify (for a finish: the code was wrong or a relay sat between).</summary>
    Refused,

    /// <summary>No attempt by that id is open (never started, replaced by a newer one, or expired).</summary>
    NoAttempt,
}
