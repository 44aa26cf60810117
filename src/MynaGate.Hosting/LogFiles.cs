using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Serilog;

namespace MynaGate.Hosting;

/// <summary>
/// Rolling log files for a host where no journal keeps its Information lines. On Windows the service's Event Log keeps
/// Warning and above only, and the first start's facts an installer needs (the console's URL and fingerprint, the
/// terminal's pin) are Information: so a Windows host writes daily files under %ProgramData%\MynaGate\logs, kept
/// <see cref="RetainedDays"/> days, which staff can open and the support bundle can take. On Linux systemd's journal
/// keeps everything (the reader's package sets its retention), so no file is written unless configured.
/// </summary>
public static class LogFiles
{
    public const string DirectoryKey = "Logging:File:Directory";
    public const int RetainedDays = 90;
    public const int FileSizeLimitMegabytes = 20;

    /// <summary>The folder the configuration names, the platform's default, or null for none.</summary>
    public static string? DirectoryFrom(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string? configured = configuration[DirectoryKey];
        if (string.Equals(configured, "none", StringComparison.OrdinalIgnoreCase)) return null;
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        return OperatingSystem.IsWindows()
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.CommonApplicationData), "MynaGate", "logs")
            : null;
    }

    /// <summary>Adds the files to the host's logging: every line the host's filters let through, one file a day.</summary>
    public static void Add(ILoggingBuilder logging, string directory, string program)
    {
        ArgumentNullException.ThrowIfNull(logging);
        Directory.CreateDirectory(directory);
        var files = new LoggerConfiguration()
            .MinimumLevel.Verbose()
            .WriteTo.File(
                Path.Combine(directory, program + "-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: RetainedDays,
                fileSizeLimitBytes: FileSizeLimitMegabytes * 1024L * 1024L,
                rollOnFileSizeLimit: true,
                outputTemplate: "{Timestamp:yyyy-MM-ddTHH:mm:ss.fffzzz} {Level:u4} {SourceContext}[{EventId}] {Message:lj}{NewLine}{Exception}",
                formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .CreateLogger();
        logging.AddSerilog(files, dispose: true);
    }
}
