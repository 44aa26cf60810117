using System.Diagnostics;
using System.Globalization;

namespace MynaGate.Fuzz;

/// <summary>
/// Coverage-guided fuzzing with afl-fuzz (Debian's afl++): copies this program, instruments its MynaGate assemblies
/// with SharpFuzz, then runs afl-fuzz on each target for the given seconds from its genuine seeds. Crashes and hangs
/// are kept under the work folder for a developer to turn into tests (see findings/ beside this project).
/// </summary>
public static class FuzzCampaign
{
    private const string AflFuzz = "/usr/bin/afl-fuzz";

    /// <summary>
    /// Where a target's harness keeps files it needs (<see cref="RelayUnderFuzz"/>'s Face folder and log): afl-fuzz kills
    /// its children, so no exit handler of theirs runs; the campaign deletes the folder once the target is done.
    /// </summary>
    public const string ScratchVariable = "MYNAGATE_FUZZ_SCRATCH";

    /// <summary>The dotnet host running this program: afl-fuzz wants a path, not a name to look up.</summary>
    private static string DotnetHost => Environment.ProcessPath ?? "dotnet";

    public static async Task<int> RunAsync(FuzzCampaignOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!File.Exists(AflFuzz))
        {
            Console.Error.WriteLine($"fuzz: {AflFuzz} is missing (Debian package afl++); ./mynagate fuzz installs it.");
            return 1;
        }
        if (Directory.Exists(options.WorkFolder)) Directory.Delete(options.WorkFolder, recursive: true);
        string harness = InstrumentedCopy(options.WorkFolder);

        var targets = options.Target is { } only ? [FuzzTargets.Named(only)] : FuzzTargets.All;
        long execs = 0;
        int crashes = 0;
        int failed = 0;
        foreach (var target in targets)
        {
            // afl-fuzz's dry run now and then sees an empty coverage map from a harness that runs fine a second time
            var outcome = await FuzzAsync(target, harness, options).ConfigureAwait(false) ?? await FuzzAsync(target, harness, options).ConfigureAwait(false);
            if (outcome is null)
            {
                failed++;
                Console.WriteLine($"{target.Name,-24} afl-fuzz did not run it; see {options.WorkFolder}/{target.Name}.afl.log");
                continue;
            }
            execs += outcome.Execs;
            crashes += outcome.Crashes;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{target.Name,-24} execs={outcome.Execs,-9} crashes={outcome.Crashes} hangs={outcome.Hangs} paths={outcome.Paths}{(outcome.Crashes + outcome.Hangs > 0 ? "  kept in " + outcome.Findings : "")}"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz targets={targets.Count} execs={execs} crashes={crashes}"));
        return crashes == 0 && failed == 0 ? 0 : 1;
    }

    private static string InstrumentedCopy(string work)
    {
        string bin = Path.Combine(work, "bin");
        CopyFolder(AppContext.BaseDirectory, bin);
        foreach (string assembly in Directory.EnumerateFiles(bin, "MynaGate.*.dll"))
        {
            // the product's code is measured for coverage; the runtime's and the packages' are not
            SharpFuzz.Fuzzer.Instrument(assembly, _ => true, SharpFuzz.Options.Value);
        }
        Console.Error.WriteLine($"fuzz: instrumented the MynaGate assemblies in {bin}");
        return Path.Combine(bin, "mynagate-fuzz.dll");
    }

    /// <returns>What afl-fuzz found, or null when it stopped without fuzzing (its output is kept in the work folder).</returns>
    private static async Task<Outcome?> FuzzAsync(FuzzTarget target, string harness, FuzzCampaignOptions options)
    {
        string seeds = Path.Combine(options.WorkFolder, "seeds", target.Name);
        string output = Path.Combine(options.WorkFolder, "out", target.Name);
        string scratch = Path.Combine(options.WorkFolder, "scratch", target.Name);
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        Directory.CreateDirectory(scratch);
        Directory.CreateDirectory(seeds);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var genuine = target.Seeds();
        for (int i = 0; i < genuine.Count; i++) File.WriteAllBytes(Path.Combine(seeds, $"seed-{i}"), genuine[i]);

        Console.Error.WriteLine($"fuzz: {target.Name} ({target.Parses}) for {options.SecondsPerTarget} s");
        var start = new ProcessStartInfo(AflFuzz)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "-i", seeds, "-o", output, "-V", options.SecondsPerTarget.ToString(CultureInfo.InvariantCulture), "-t", "5000", "-m", "none",
                "--", DotnetHost, harness, "run", target.Name },
        };
        // a managed harness is not an instrumented ELF; the machine's CPU governor and core pattern are not ours to set
        foreach (var (name, value) in new[]
        {
            ("AFL_SKIP_BIN_CHECK", "1"), ("AFL_NO_UI", "1"), ("AFL_SKIP_CPUFREQ", "1"), ("AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES", "1"),
            ("AFL_NO_AFFINITY", "1"), ("AFL_FORKSRV_INIT_TMOUT", "60000"), ("AFL_SKIP_CRASHES", "1"),
        })
            start.Environment[name] = value;
        start.Environment[ScratchVariable] = scratch;

        string log;
        using var afl = Process.Start(start) ?? throw new InvalidOperationException("afl-fuzz did not start.");
        try
        {
            var stdout = afl.StandardOutput.ReadToEndAsync();
            var stderr = afl.StandardError.ReadToEndAsync();
            await afl.WaitForExitAsync().ConfigureAwait(false);
            log = await stdout.ConfigureAwait(false) + await stderr.ConfigureAwait(false);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
        string results = Path.Combine(output, "default");
        string stats = Path.Combine(results, "fuzzer_stats");
        if (afl.ExitCode != 0 || !File.Exists(stats))
        {
            File.WriteAllText(Path.Combine(options.WorkFolder, $"{target.Name}.afl.log"), log);
            return null;
        }
        var values = File.ReadAllLines(stats).Select(l => l.Split(':', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0].Trim(), p => p[1].Trim());
        return new Outcome(
            long.Parse(values.GetValueOrDefault("execs_done", "0"), CultureInfo.InvariantCulture),
            Count(Path.Combine(results, "crashes")),
            Count(Path.Combine(results, "hangs")),
            int.Parse(values.GetValueOrDefault("corpus_count", values.GetValueOrDefault("paths_total", "0")), CultureInfo.InvariantCulture),
            results);
    }

    private static int Count(string folder) => Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "id:*").Count() : 0;

    private static void CopyFolder(string from, string to)
    {
        foreach (string folder in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, folder)));
        Directory.CreateDirectory(to);
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }

    private sealed record Outcome(long Execs, int Crashes, int Hangs, int Paths, string Findings);
}
