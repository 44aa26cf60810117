using System.Globalization;

namespace MynaGate.Bench.Soak;

/// <summary>
/// One process's memory as the soak samples it: RSS and its anonymous part (heaps, native and managed; the rest is
/// mapped files: code, models) from /proc/PID/status, against the sessions finished when the sample was taken.
/// </summary>
internal sealed class ProcessMemory(string name, Func<int?> pid)
{
    private readonly List<(int Sessions, double Rss, double Anonymous)> _samples = [];

    public string Name { get; } = name;
    public IReadOnlyList<(int Sessions, double Rss, double Anonymous)> Samples => _samples;

    /// <summary>Takes a sample; nothing when the process is not running.</summary>
    public void Sample(int sessions)
    {
        if (pid() is not { } id || !File.Exists($"/proc/{id}/status")) return;
        double rss = 0, anonymous = 0;
        foreach (string line in File.ReadLines($"/proc/{id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kibibytes(line) / 1024.0;
            else if (line.StartsWith("RssAnon:", StringComparison.Ordinal)) anonymous = Kibibytes(line) / 1024.0;
        }
        _samples.Add((sessions, rss, anonymous));
    }

    /// <summary>The RSS sample nearest after <paramref name="sessions"/>, in MiB.</summary>
    public double RssAt(int sessions) => _samples.FirstOrDefault(s => s.Sessions >= sessions, _samples[^1]).Rss;

    /// <summary>
    /// The least-squares slope of RSS over the samples from <paramref name="from"/> sessions on, in MiB per 1,000
    /// sessions, with its standard error (what the scatter of the samples around the line allows).
    /// </summary>
    public (double Slope, double StandardError) Slope(int from, Func<(int Sessions, double Rss, double Anonymous), double> value)
    {
        var points = _samples.Where(s => s.Sessions >= from).Select(s => (X: s.Sessions / 1000.0, Y: value(s))).ToList();
        if (points.Count < 3) return (double.NaN, double.NaN);
        double meanX = points.Average(p => p.X), meanY = points.Average(p => p.Y);
        double sxx = points.Sum(p => (p.X - meanX) * (p.X - meanX));
        double slope = points.Sum(p => (p.X - meanX) * (p.Y - meanY)) / sxx;
        double residuals = points.Sum(p => Math.Pow(p.Y - meanY - slope * (p.X - meanX), 2));
        return (slope, Math.Sqrt(residuals / (points.Count - 2) / sxx));
    }

    private static double Kibibytes(string line) =>
        double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
