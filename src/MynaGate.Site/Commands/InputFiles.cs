namespace MynaGate.Site.Commands;

/// <summary>Files named on the command line, read, with a plain reason when one cannot be.</summary>
public static class InputFiles
{
    /// <summary>A named file's bytes, or null with <paramref name="problem"/> saying why (missing or unreadable).</summary>
    public static byte[]? TryRead(string path, out string? problem)
    {
        problem = null;
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : "file could not be read";
            return null;
        }
    }
}
