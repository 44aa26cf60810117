using Microsoft.Extensions.Logging;

namespace MynaGate.Onshi;

/// <summary>What the emulator's API logs (event ids 310–319): codes and pins only, so a vendor sees why a request was refused.</summary>
internal static partial class OnshiLog
{
    [LoggerMessage(EventId = 310, Level = LogLevel.Warning, Message = "Refused a request with {Code}")]
    public static partial void Refused(ILogger logger, string code);

    [LoggerMessage(EventId = 311, Level = LogLevel.Warning, Message = "Refused a client whose certificate pin {Pin} is not a registered terminal (403)")]
    public static partial void UnknownTerminal(ILogger logger, string pin);

    [LoggerMessage(EventId = 312, Level = LogLevel.Warning, Message = "Refused a client without a certificate (403)")]
    public static partial void NoCertificate(ILogger logger);
}
