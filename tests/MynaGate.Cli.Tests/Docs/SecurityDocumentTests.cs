using MynaGate.Cli.Docs;
using MynaGate.Link.Pairing;

namespace MynaGate.Cli.Tests.Docs;

/// <summary>docs/security.md's table of limits is what the code enforces today, and the command rewrites it.</summary>
public sealed class SecurityDocumentTests
{
    private static string Document => Path.Combine(Toolbox.Checkout, SecurityLimitsDocument.RelativePath);

    [Fact]
    public void The_committed_limits_are_what_the_code_enforces_today()
    {
        string committed = File.ReadAllText(Document);
        Assert.True(SecurityLimitsDocument.WithLimits(committed) == committed, "docs/security.md's limits are out of date: run ./mynagate docs security");
        Assert.Contains($"{PairingLimits.AttemptsPerWindow} per", committed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_docs_command_checks_and_rewrites_the_limits()
    {
        string root = Directory.CreateTempSubdirectory("mynagate-docs-").FullName;
        try
        {
            string copy = Path.Combine(root, SecurityLimitsDocument.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            string stale = File.ReadAllText(Document).Replace("| console | password hashing", "| console | password hash", StringComparison.Ordinal);
            File.WriteAllText(copy, stale);
            Assert.Equal(1, (await Toolbox.RunAsync("docs", "security", "--check", "--root", root)).ExitCode);
            Assert.Equal(0, (await Toolbox.RunAsync("docs", "security", "--root", root)).ExitCode);
            Assert.Equal(0, (await Toolbox.RunAsync("docs", "security", "--check", "--root", root)).ExitCode);
            Assert.Equal(File.ReadAllText(Document), File.ReadAllText(copy));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
