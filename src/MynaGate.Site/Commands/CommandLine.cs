namespace MynaGate.Site.Commands;

/// <summary>What the site tool and the developer tool answer alike: the version, the usage, and a bad command line as one line.</summary>
public static class CommandLine
{
    /// <summary>Runs <paramref name="command"/>: its exit code, or 2 with one line on <paramref name="error"/> for bad usage or a path that cannot be used.</summary>
    public static async Task<int> RunAsync(TextWriter error, Func<Task<int>> command)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(command);
        try
        {
            return await command().ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            error.WriteLine($"mynagate: {e.Message} (see --help)");
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // a path that passed the checks but cannot be read or written (no permission, a full disk, /proc): one
            // line, no stack trace; the message names the path, never a value read from it
            error.WriteLine($"mynagate: {e.Message}");
            return 2;
        }
    }

    /// <summary>The product version every host also logs at start (Directory.Build.props).</summary>
    public static int Version(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"mynagate {Link.ProductVersion.Current}");
        return 0;
    }

    public static int Usage(TextWriter writer, int code, string usage)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(usage);
        return code;
    }
}
