using System.Text.Json;

namespace MynaGate.Cli.Tests;

/// <summary>Runs a command line in process and keeps what it printed.</summary>
public sealed record Toolbox(int ExitCode, string Output, string Error)
{
    public static async Task<Toolbox> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = await Program.RunAsync(args, output, error);
        return new Toolbox(code, output.ToString(), error.ToString());
    }

    /// <summary>The --json lines, each parsed.</summary>
    public IReadOnlyList<JsonElement> Lines =>
        [.. Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];

    public static string Shared => Environment.GetEnvironmentVariable("MYNAGATE_SHARED") is { Length: > 0 } s
        ? s : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared"));

    /// <summary>The checkout these tests were built from (tests/MynaGate.Cli.Tests/bin/&lt;configuration&gt;/&lt;framework&gt;/).</summary>
    public static string Checkout { get; } = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
}
