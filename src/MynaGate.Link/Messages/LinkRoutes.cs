namespace MynaGate.Link.Messages;

/// <summary>The reader's API paths, served over TLS to the one terminal it is paired with (pairing excepted).</summary>
public static class LinkRoutes
{
    /// <summary>
    /// POST <see cref="PairingStart"/> → <see cref="PairingChallenge"/>; with <see cref="PairingFinish"/>, the only calls
    /// an unpaired terminal may make. 409 once paired, 429 (Retry-After) when too many attempts came lately, 403 when
    /// the message does not verify.
    /// </summary>
    public const string PairingStart = "/v1/pairing/start";

    /// <summary>POST <see cref="PairingFinish"/> → <see cref="PairingResponse"/>; 403 when the code or the certificates differ, 404 when the attempt is gone.</summary>
    public const string PairingFinish = "/v1/pairing/finish";

    /// <summary>DELETE, by the paired terminal only: the reader forgets it and shows a new code (204).</summary>
    public const string Pairing = "/v1/pairing";

    /// <summary>GET: the next <see cref="LinkRequest"/> (200), or 204 when none came within the wait.</summary>
    public const string Next = "/v1/link/next";

    /// <summary>POST <see cref="LinkReply"/>.</summary>
    public const string Reply = "/v1/link/reply";

    /// <summary>
    /// GET <c>?after=N</c>: the <see cref="ReaderStatus"/> as soon as its version is above N (at once for N below the
    /// current one), or 204 when nothing changed within the wait.
    /// </summary>
    public const string Status = "/v1/link/status";

    /// <summary>POST <see cref="StaffDecisionRequest"/>: 204, or 409 when the screen is not waiting for one.</summary>
    public const string StaffDecision = "/v1/link/staff-decision";

    /// <summary>PUT <see cref="ReaderSettings"/>: 204, or 400 with the problems.</summary>
    public const string Settings = "/v1/link/settings";

    /// <summary>
    /// PUT <see cref="NationalServiceNotice"/>: 204. The terminal tells every reader when it finds the national service
    /// down and when it answers again (R43); a reader shows the outage until told otherwise.
    /// </summary>
    public const string NationalService = "/v1/link/national-service";

    /// <summary>How long a poll waits on the reader before answering 204.</summary>
    public static readonly TimeSpan PollWait = TimeSpan.FromSeconds(20);
}
