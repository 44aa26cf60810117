namespace MynaGate.Link.Messages;

/// <summary>The reader's API paths, served over TLS to the one terminal it is paired with (pairing excepted).</summary>
public static class LinkRoutes
{
    /// <summary>POST <see cref="PairingRequest"/> → <see cref="PairingResponse"/>; the only call an unpaired terminal may make.</summary>
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

    /// <summary>How long a poll waits on the reader before answering 204.</summary>
    public static readonly TimeSpan PollWait = TimeSpan.FromSeconds(20);
}
