using Microsoft.Extensions.Logging;

namespace MynaGate.Reader.Host;

/// <summary>What the reader's host logs (event ids 100–199): ids, addresses, pins and codes only.</summary>
internal static partial class ReaderHostLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Reader {ReaderId} on card slot '{CardReader}'; link on {Link}, kiosk on {Kiosk}; its certificate pin is {Pin}")]
    public static partial void ReaderUp(ILogger logger, string readerId, string cardReader, Uri link, Uri kiosk, string pin);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Reader {ReaderId} is not paired: its kiosk screen shows the pairing code")]
    public static partial void Unpaired(ILogger logger, string readerId);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Reader {ReaderId} paired with the terminal {TerminalPin}")]
    public static partial void Paired(ILogger logger, string readerId, string terminalPin);

    [LoggerMessage(EventId = 103, Level = LogLevel.Error, Message = "Reader {ReaderId}'s flow stopped with {ErrorType}; it starts again in {PauseSeconds} s")]
    public static partial void FlowRestarting(ILogger logger, string readerId, string errorType, double pauseSeconds);

    [LoggerMessage(EventId = 104, Level = LogLevel.Error, Message = "Reader {ReaderId} ended a session with E106 after {ErrorType}; it serves the next patient")]
    public static partial void SessionFault(ILogger logger, string readerId, string errorType);
}
