namespace MynaGate.Reader.Kiosk;

/// <summary>What the pairing screen shows: the code and when it is replaced.</summary>
public sealed record UnpairedScreen(string Code, DateTimeOffset Expires);
