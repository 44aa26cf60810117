using System.Reflection;
using MynaGate.Admin.Accounts;

namespace MynaGate.Admin.Tests;

/// <summary>
/// The terminal (with its console) is a production program: it must never load the emulator, the virtual card, the
/// synthetic generators, the demo chain, the reader, or the OCR and vision engines with their native library (DESIGN §2).
/// Checked on the references and on what a publish of mynagate-terminal actually ships.
/// </summary>
public sealed class TerminalDependencyTests
{
    private static readonly string[] Forbidden =
    [
        "MynaGate.Onshi", "MynaGate.Card.Virtual", "MynaGate.Ocr", "MynaGate.Ocr.Synthetic", "MynaGate.Chain",
        "MynaGate.Reader", "MynaGate.Vision",
    ];

    [Fact]
    public void The_console_and_terminal_reference_none_of_the_test_kit_or_the_engines()
    {
        var closure = ReferenceClosure(typeof(ConsoleAccounts).Assembly);

        Assert.Contains("MynaGate.Terminal", closure);
        Assert.Contains("MynaGate.Onshi.Contract", closure);
        Assert.Empty(closure.Intersect(Forbidden));
    }

    [Fact]
    public async Task The_published_terminal_holds_none_of_the_test_kit_the_engines_or_the_native_vision_library()
    {
        string output = Path.Combine(Path.GetTempPath(), "mynagate-terminal-publish-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            // published from the build this test runs on (--no-build), as `./mynagate publish` does for a release
            var (exit, log) = await PublishAsync(output);
            Assert.True(exit == 0, log);
            var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
            Assert.Contains("mynagate-terminal.dll", files);
            Assert.Contains("MynaGate.Admin.dll", files);
            Assert.DoesNotContain(files, f => Forbidden.Any(a => f == a + ".dll"));
            Assert.DoesNotContain("libmgvision.so", files);
            Assert.DoesNotContain(files, f => f!.StartsWith("libtesseract", StringComparison.Ordinal) || f.StartsWith("libopencv", StringComparison.Ordinal));
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    private static async Task<(int Exit, string Log)> PublishAsync(string output)
    {
        var build = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var root = build;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "MynaGate.sln"))) root = root.Parent;
        Assert.NotNull(root);
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { "publish", Path.Combine(root.FullName, "src", "MynaGate.Terminal.Host"), "--no-build", "-c", build.Parent!.Name, "-o", output, "-nologo" })
            start.ArgumentList.Add(argument);
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    // every MynaGate assembly reachable from the root through compile-time references
    private static SortedSet<string> ReferenceClosure(Assembly root)
    {
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<AssemblyName>([root.GetName()]);
        while (pending.TryPop(out var name))
        {
            if (name.Name is not { } simple || !simple.StartsWith("MynaGate.", StringComparison.Ordinal) || !seen.Add(simple)) continue;
            foreach (var reference in Assembly.Load(name).GetReferencedAssemblies()) pending.Push(reference);
        }
        return seen;
    }
}
