using Microsoft.Extensions.Logging;

namespace MynaGate.Terminal.Host;

/// <summary>What the terminal's host logs (event ids 200–299): addresses, pins, counts and file paths only.</summary>
internal static partial class TerminalHostLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Terminal up with {Readers} paired reader(s); its certificate pin (for the national service) is {Pin}")]
    public static partial void TerminalUp(ILogger logger, int readers, string pin);

    [LoggerMessage(EventId = 201, Level = LogLevel.Information, Message = "Console on {Address}; its certificate's SHA-256 fingerprint is {Fingerprint}")]
    public static partial void ConsoleUp(ILogger logger, Uri address, string fingerprint);

    [LoggerMessage(EventId = 202, Level = LogLevel.Warning, Message = "No console account existed: the account 'admin' was made and its password written to {File} (readable by this service's user only); sign in and keep it safe, then delete the file")]
    public static partial void InitialAdminMade(ILogger logger, string file);

    [LoggerMessage(EventId = 203, Level = LogLevel.Error, Message = "{Rows} row(s) of the operation log could not be written ({Cause}); the database needs attention")]
    public static partial void LogRowsLost(ILogger logger, int rows, string cause);
}
