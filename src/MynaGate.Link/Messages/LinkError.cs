namespace MynaGate.Link.Messages;

/// <summary>A terminal-side failure, with a code from <see cref="LinkErrorCodes"/> and a message fit for the screen.</summary>
public sealed record LinkError(string Code, string Message);
