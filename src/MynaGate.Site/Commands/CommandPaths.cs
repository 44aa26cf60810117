namespace MynaGate.Site.Commands;

/// <summary>
/// Paths named on the command line, checked before any work starts, so a folder where a file belongs, a file that
/// exists, a folder that does not or a name that is no path each get one line and exit 2 instead of a stack trace.
/// </summary>
public static class CommandPaths
{
    /// <summary>The full path of a file to be made, named by <paramref name="option"/>: never an existing file or folder.</summary>
    public static string NewFile(string path, string option)
    {
        string full = Full(path, option);
        if (Directory.Exists(full)) throw new UsageException($"{option} {path} is a folder; name a file");
        if (File.Exists(full)) throw new UsageException($"{option} {path} exists; name a new file (nothing is overwritten)");
        string folder = Path.GetDirectoryName(full) ?? full;
        if (!Directory.Exists(folder)) throw new UsageException($"{option} {path}: the folder {folder} does not exist");
        // tried now, not after minutes of work: a folder without write permission, a read-only or full disk
        try
        {
            using (new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{option} {path} cannot be written ({e.GetType().Name})");
        }
        return full;
    }

    /// <summary>The full path of a file to be read, named by <paramref name="option"/>.</summary>
    public static string ExistingFile(string path, string option)
    {
        string full = Full(path, option);
        if (Directory.Exists(full)) throw new UsageException($"{option} {path} is a folder; name a file");
        if (!File.Exists(full)) throw new UsageException($"{option} {path} does not exist");
        return full;
    }

    /// <summary>The full path of a folder to be read, named by <paramref name="option"/>.</summary>
    public static string ExistingFolder(string path, string option)
    {
        string full = Full(path, option);
        if (File.Exists(full)) throw new UsageException($"{option} {path} is a file; name a folder");
        if (!Directory.Exists(full)) throw new UsageException($"{option} {path} is not a folder");
        return full;
    }

    private static string Full(string path, string option)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or PathTooLongException or NotSupportedException)
        {
            throw new UsageException($"{option} is not a usable path");
        }
    }
}
