namespace MynaGate.Hosting.Settings;

/// <summary>The keys every program reads besides its own section.</summary>
public static class CommonSettings
{
    /// <summary>The common keys for a program whose health endpoint is on <paramref name="healthPort"/> by default.</summary>
    public static IReadOnlyList<Setting> For(int healthPort) =>
    [
        HealthPort(healthPort.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        LogLevel,
        LogDirectory,
    ];

    public static readonly Setting LogLevel = new("Logging:LogLevel:Default", "`Information`",
        ".NET logging levels; logs hold event codes, ids, addresses and pins only")
    {
        Japanese = ".NET のログレベル。ログには事象コード、ID、アドレス、ピンだけが残ります",
    };

    public static readonly Setting LogDirectory = new(LogFiles.DirectoryKey, "Windows: `%ProgramData%\\MynaGate\\logs`; elsewhere none (the journal)",
        $"folder of rolling daily log files (PROGRAM-YYYYMMDD.log, {LogFiles.RetainedDays} days, {LogFiles.FileSizeLimitMegabytes} MB a file); `none` writes none")
    {
        Japanese = $"日ごとのログファイル (プログラム名-年月日.log、{LogFiles.RetainedDays} 日分、1 ファイル {LogFiles.FileSizeLimitMegabytes} MB まで) のフォルダ。`none` で書きません",
        DefaultJapanese = "Windows では `%ProgramData%\\MynaGate\\logs`、それ以外はなし (journal に残ります)",
    };

    /// <summary>Health:Port, whose default differs per program (<paramref name="defaults"/>).</summary>
    public static Setting HealthPort(string defaults) => new("Health:Port", defaults,
        "loopback port of `GET /health` (200 Healthy or Degraded, 503 Unhealthy, with the version); 0 picks one")
    {
        Min = 0, Max = 65535,
        Japanese = "`GET /health` のループバックのポート (200 Healthy または Degraded、503 Unhealthy、版を添えて)。0 は空いているポート",
    };
}
