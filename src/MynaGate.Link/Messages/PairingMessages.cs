namespace MynaGate.Link.Messages;

/// <summary>
/// J-PAKE round 1 (RFC 8236 §3.2): two public values and a Schnorr proof for each, big integers in hex.
/// </summary>
public sealed record JPakeRound1(string ParticipantId, string Gx1, string Gx2, string[] ProofX1, string[] ProofX2);

/// <summary>J-PAKE round 2 (RFC 8236 §3.3): the combined value and its Schnorr proof, big integers in hex.</summary>
public sealed record JPakeRound2(string ParticipantId, string A, string[] ProofX2s);

/// <summary>The terminal opens an attempt: its name for the log and its round 1.</summary>
public sealed record PairingStart(string TerminalName, JPakeRound1 Round1);

/// <summary>The reader's answer: the attempt it opened, and its rounds 1 and 2.</summary>
public sealed record PairingChallenge(string AttemptId, JPakeRound1 Round1, JPakeRound2 Round2);

/// <summary>The terminal's round 2 and its key confirmation, which the reader checks before it trusts the terminal.</summary>
public sealed record PairingFinish(string AttemptId, JPakeRound2 Round2, string Confirmation);

/// <summary>The reader's identity and its own key confirmation, which the terminal checks before it trusts the reader.</summary>
public sealed record PairingResponse(string ReaderId, string Serial, string Confirmation);
