namespace MynaGate.Card.Transport;

/// <summary>The outcome of one VERIFY with data. A wrong value is a normal answer, not an exception.</summary>
public readonly record struct VerifyResult(VerifyOutcome Outcome, int RetriesRemaining)
{
    public static VerifyResult Verified => new(VerifyOutcome.Verified, 0);
    public static VerifyResult Blocked => new(VerifyOutcome.Blocked, 0);
    public static VerifyResult Incorrect(int remaining) => new(VerifyOutcome.Incorrect, remaining);

    public bool IsVerified => Outcome == VerifyOutcome.Verified;

    public override string ToString() => Outcome switch
    {
        VerifyOutcome.Verified => "verified",
        VerifyOutcome.Blocked => "blocked",
        _ => $"incorrect, {RetriesRemaining} tries left",
    };
}

public enum VerifyOutcome
{
    Verified,
    Incorrect,
    /// <summary>63C0 (this attempt exhausted the counter) or 6984 (already blocked).</summary>
    Blocked,
}
