using Microsoft.Extensions.Logging;

namespace MynaGate.Onshi.Host;

/// <summary>What the emulator's host logs (event ids 300–399): addresses, pins and counts only.</summary>
internal static partial class OnshiHostLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "National-service emulator on {Address}; its certificate pin is {Pin}")]
    public static partial void Serving(ILogger logger, Uri address, string pin);

    [LoggerMessage(EventId = 301, Level = LogLevel.Information, Message = "{Count} terminal(s) registered from the configuration")]
    public static partial void TerminalsRegistered(ILogger logger, int count);
}
