using Microsoft.Extensions.Logging;

namespace MynaGate.Web;

/// <summary>
/// The logging of a web server a host embeds (the kiosk, the reader link, the console, the national-service emulator,
/// the health endpoint): ASP.NET Core's own warnings and errors — a request that failed with an exception, a server
/// that could not bind — go to the host's logger, so a failure inside one is never silent; nothing below Warning, and
/// none of the server's default providers (the host decides where logs go, journald or the event log).
/// </summary>
public static class EmbeddedServerLogging
{
    public static void Forward(ILoggingBuilder logging, ILoggerFactory? host)
    {
        ArgumentNullException.ThrowIfNull(logging);
        logging.ClearProviders();
        if (host is null) return;
        logging.AddProvider(new HostProvider(host));
        logging.SetMinimumLevel(LogLevel.Warning);
    }

    // hands each category to the host's factory; the host owns the factory, so disposing this provider leaves it be
    private sealed class HostProvider(ILoggerFactory host) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => host.CreateLogger(categoryName);

        public void Dispose()
        {
        }
    }
}
