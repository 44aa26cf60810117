namespace MynaGate.Link.Messages;

/// <summary>The terminal's half of pairing: its name for the log and its proof of the reader's one-time code.</summary>
public sealed record PairingRequest(string TerminalName, string Proof);

/// <summary>The reader's half: who it is and its own proof of the code.</summary>
public sealed record PairingResponse(string ReaderId, string Serial, string Proof);
