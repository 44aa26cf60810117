using MynaGate.Site.Commands;

namespace MynaGate.Site;

/// <summary>The installed <c>mynagate</c> site tool, shipped with each program.</summary>
public static class Program
{
    private const string Usage = "usage: mynagate --version\n" + SiteCommands.Synopsis + "\n" + SiteCommands.Descriptions
        + "\neach command has --help; exit codes: 0 success, 1 negative result, 2 bad usage";

    public static Task<int> Main(string[] args) => RunAsync(args, Console.Out, Console.Error, SiteDefaults.Installed);

    /// <summary>Runs one command line: exit code 0 success, 1 a negative result, 2 bad usage.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, SiteDefaults defaults) =>
        CommandLine.RunAsync(error, async () => args switch
        {
            ["--version"] => CommandLine.Version(output),
            [] or ["--help"] or ["-h"] or ["help"] => CommandLine.Usage(output, 0, Usage),
            _ => await SiteCommands.TryRunAsync(args, output, error, defaults).ConfigureAwait(false) ?? CommandLine.Usage(error, 2, Usage),
        });
}
