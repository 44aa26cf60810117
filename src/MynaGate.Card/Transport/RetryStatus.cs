namespace MynaGate.Card.Transport;

/// <summary>What an empty VERIFY (JICSAP 6.4.9(5): does not consume a try) says about a key.</summary>
public readonly record struct RetryStatus(RetryState State, int Remaining)
{
    public static RetryStatus Blocked => new(RetryState.Blocked, 0);
    public static RetryStatus AlreadyVerified => new(RetryState.AlreadyVerified, 0);
    public static RetryStatus Unlimited => new(RetryState.NoRetryLimit, 0);
    public static RetryStatus Tries(int remaining) => remaining == 0 ? Blocked : new(RetryState.Remaining, remaining);

    public bool IsBlocked => State == RetryState.Blocked;

    public override string ToString() => State switch
    {
        RetryState.Remaining => $"{Remaining} tries left",
        RetryState.Blocked => "blocked",
        RetryState.AlreadyVerified => "already verified",
        _ => "no retry limit",
    };
}

public enum RetryState
{
    Remaining,
    Blocked,
    /// <summary>Some cards answer 9000 to an empty VERIFY while the key is verified (myna-card `Retries::NotReported`).</summary>
    AlreadyVerified,
    NoRetryLimit,
}
