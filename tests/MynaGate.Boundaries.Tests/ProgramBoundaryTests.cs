using System.Diagnostics;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace MynaGate.Boundaries.Tests;

/// <summary>
/// Production programs never load the test kit, and each program ships only what it needs (DESIGN §2): checked on the
/// compile-time references of each program as built, and on the files a publish of it actually holds.
/// </summary>
public sealed class ProgramBoundaryTests
{
    public static TheoryData<string> Programs => [nameof(ProgramBoundary.Reader), nameof(ProgramBoundary.Terminal), nameof(ProgramBoundary.NationalServiceEmulator), nameof(ProgramBoundary.SiteTool)];

    [Theory]
    [MemberData(nameof(Programs))]
    public void A_program_is_built_from_none_of_what_it_must_not_reference(string name)
    {
        var program = Of(name);
        var closure = ReferenceClosure(Path.Combine(BuildOutput(program), program.EntryAssembly + ".dll"));

        Assert.All(program.Required, required => Assert.Contains(required, closure));
        Assert.Empty(closure.Intersect(program.ForbiddenAssemblies));
    }

    [Fact]
    public void The_national_service_contract_is_built_on_nothing_of_ours()
    {
        // read from the terminal's build, which holds it: the terminal's client and the emulator share it
        var closure = ReferenceClosure(Path.Combine(BuildOutput(ProgramBoundary.Terminal), "MynaGate.Onshi.Contract.dll"));

        Assert.Equal(["MynaGate.Onshi.Contract"], closure);
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public async Task A_published_program_holds_none_of_what_it_must_not_ship(string name)
    {
        var program = Of(name);
        string output = Path.Combine(Path.GetTempPath(), $"mynagate-publish-{program.EntryAssembly}-{Guid.NewGuid():N}");
        try
        {
            // published from the build this test runs on (--no-build), as `./mynagate publish` does for a release
            var (exit, log) = await PublishAsync(program, output);
            Assert.True(exit == 0, log);
            var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetFileName(f)).ToList();
            Assert.Contains(program.EntryAssembly + ".dll", files);
            Assert.All(program.Required, required => Assert.Contains(required + ".dll", files));
            Assert.DoesNotContain(files, f => program.ForbiddenAssemblies.Any(a => f == a + ".dll"));
            Assert.DoesNotContain(files, f => program.ForbiddenFilePrefixes.Any(p => f.StartsWith(p, StringComparison.Ordinal)));
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    private static ProgramBoundary Of(string name) => name switch
    {
        nameof(ProgramBoundary.Reader) => ProgramBoundary.Reader,
        nameof(ProgramBoundary.Terminal) => ProgramBoundary.Terminal,
        nameof(ProgramBoundary.NationalServiceEmulator) => ProgramBoundary.NationalServiceEmulator,
        nameof(ProgramBoundary.SiteTool) => ProgramBoundary.SiteTool,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such program."),
    };

    private static DirectoryInfo OwnBuild => new(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));

    private static string Configuration => OwnBuild.Parent!.Name;

    private static string ProjectFolder(ProgramBoundary program) => Path.Combine(Checkout.Root, "src", program.Project);

    private static string BuildOutput(ProgramBoundary program) => Path.Combine(ProjectFolder(program), "bin", Configuration, OwnBuild.Name);

    // every MynaGate assembly (MynaGate.*, and the hosts and tools: mynagate, mynagate-*) the entry assembly reaches
    // through compile-time references, read from the files (never loaded, so this test process's own references do
    // not count)
    private static SortedSet<string> ReferenceClosure(string entry)
    {
        string folder = Path.GetDirectoryName(entry)!;
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.GetFileNameWithoutExtension(entry)]);
        while (pending.TryPop(out var name))
        {
            if (!seen.Add(name)) continue;
            using var pe = new PEReader(File.OpenRead(Path.Combine(folder, name + ".dll")));
            var metadata = pe.GetMetadataReader();
            foreach (var handle in metadata.AssemblyReferences)
            {
                string reference = metadata.GetString(metadata.GetAssemblyReference(handle).Name);
                if (reference.StartsWith("MynaGate.", StringComparison.Ordinal) || reference == "mynagate" || reference.StartsWith("mynagate-", StringComparison.Ordinal))
                    pending.Push(reference);
            }
        }
        return seen;
    }

    private static async Task<(int Exit, string Log)> PublishAsync(ProgramBoundary program, string output)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { "publish", ProjectFolder(program), "--no-build", "-c", Configuration, "-o", output, "-nologo" })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
