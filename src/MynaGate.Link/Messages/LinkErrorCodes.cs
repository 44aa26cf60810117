namespace MynaGate.Link.Messages;

/// <summary>
/// Codes the terminal answers with. T1xx: the terminal or the national service could not be used; T2xx: the reader's
/// request was refused; Q3xx: the national service refused the card.
/// </summary>
public static class LinkErrorCodes
{
    /// <summary>Whether <paramref name="code"/> has the shape of every MynaGate code: one capital letter and three digits (E101, T205, Q301).</summary>
    public static bool IsWellFormed(string? code) =>
        code is { Length: 4 } && char.IsAsciiLetterUpper(code[0]) && !code.AsSpan(1).ContainsAnyExceptInRange('0', '9');

    public const string NationalServiceUnavailable = "T101";
    public const string NationalServiceTimeout = "T102";
    public const string NationalServiceRejected = "T103";
    public const string ResultNotWritten = "T104";
    /// <summary>
    /// The terminal has found the national service down (R43): it is not asked until it answers again, and every reader
    /// shows the outage at once instead of each patient waiting for a timeout.
    /// </summary>
    public const string NationalServiceDown = "T105";
    public const string AssertionInvalid = "T201";
    public const string ChallengeUnknown = "T202";
    public const string SessionUnknown = "T203";
    public const string CertificateInvalid = "T204";
    /// <summary>The face path's card-face record and the certificate sent with it belong to different people.</summary>
    public const string IdentityMismatch = "T205";
    /// <summary>A reader's message the terminal cannot read: bad JSON, or a field of the wrong shape.</summary>
    public const string MalformedMessage = "T206";
    public const string CertificateRevoked = "Q301";
    public const string CertificateExpired = "Q302";
    public const string CertificateUntrusted = "Q303";
    public const string ProofInvalid = "Q304";
    public const string DeviceNotRegistered = "Q305";
}
