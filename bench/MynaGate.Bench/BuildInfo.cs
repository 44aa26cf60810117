using System.Reflection;

namespace MynaGate.Bench;

/// <summary>What a benchmark's header says about how it ran: the build it measures and the machine's load.</summary>
internal static class BuildInfo
{
    /// <summary>One line for a benchmark's header: build, cores, load average.</summary>
    public static string Header => $"{Configuration} build, {Environment.ProcessorCount} cores, load average {LoadAverage()} before the run";

    public static string Configuration =>
        typeof(BuildInfo).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "unknown";

    /// <summary>The 1-minute load average before the run (Linux), so a figure taken beside other work says so.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
