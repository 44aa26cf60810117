using Microsoft.Extensions.Logging;

namespace MynaGate.Hosting;

/// <summary>What every host logs about itself (event ids 1–99). Names, versions and ports only.</summary>
public static partial class HostLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Program} {Version} started; health on {HealthAddress}")]
    public static partial void Started(ILogger logger, string program, string version, string healthAddress);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "{Program} stopping")]
    public static partial void Stopping(ILogger logger, string program);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "{Program} stopped")]
    public static partial void Stopped(ILogger logger, string program);
}
