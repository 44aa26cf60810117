using System.Globalization;

namespace MynaGate.Site.Doctor;

/// <summary>
/// Which process listens on a TCP port, from Linux's /proc: the socket's inode in /proc/net/tcp{,6}, then the process
/// holding that inode among its file descriptors. Processes of other users cannot be looked into without root.
/// </summary>
public static class ListeningProcesses
{
    private const string Listen = "0A";

    /// <summary>The listener's pid and command line; null when it is not found (not Linux, or another user's process).</summary>
    public static (int Pid, string CommandLine)? Find(int port)
    {
        var inodes = ListeningInodes(port);
        if (inodes.Count == 0 || !Directory.Exists("/proc")) return null;
        foreach (string process in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(process), NumberStyles.None, CultureInfo.InvariantCulture, out int pid)) continue;
            if (HoldsAny(process, inodes)) return (pid, CommandLine(process));
        }
        return null;
    }

    private static HashSet<string> ListeningInodes(int port)
    {
        var inodes = new HashSet<string>(StringComparer.Ordinal);
        string hexPort = port.ToString("X4", CultureInfo.InvariantCulture);
        foreach (string table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            if (!File.Exists(table)) continue;
            foreach (string line in File.ReadLines(table).Skip(1))
            {
                string[] columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (columns.Length > 9 && columns[3] == Listen && columns[1].EndsWith(":" + hexPort, StringComparison.Ordinal)) inodes.Add(columns[9]);
            }
        }
        return inodes;
    }

    private static bool HoldsAny(string process, HashSet<string> inodes)
    {
        try
        {
            foreach (string fd in Directory.EnumerateFiles(Path.Combine(process, "fd")))
            {
                string? target = new FileInfo(fd).LinkTarget;
                if (target is not null && target.StartsWith("socket:[", StringComparison.Ordinal) && inodes.Contains(target[8..^1])) return true;
            }
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            // another user's process, or one that just ended
        }
        return false;
    }

    private static string CommandLine(string process)
    {
        try
        {
            return File.ReadAllText(Path.Combine(process, "cmdline")).Replace('\0', ' ').Trim();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return "";
        }
    }
}
