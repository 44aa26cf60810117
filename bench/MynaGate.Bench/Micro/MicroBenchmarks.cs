using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace MynaGate.Bench.Micro;

/// <summary>
/// ./mynagate bench micro: BenchmarkDotNet on the small hot paths (APDU and TLV codecs, the result XML, the embedding
/// comparison). In process (no generated project to build), a short run per benchmark; its tables go to stdout and
/// to BenchmarkDotNet.Artifacts under the state folder.
/// </summary>
internal static class MicroBenchmarks
{
    public static int Run(IReadOnlyList<string> args)
    {
        Console.WriteLine($"micro benchmarks: {BuildInfo.Header}");
        string state = Environment.GetEnvironmentVariable("MYNAGATE_STATE") is { Length: > 0 } s ? s : ".state";
        IConfig config = DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .WithArtifactsPath(Path.Combine(state, "BenchmarkDotNet.Artifacts"));
        var summaries = BenchmarkSwitcher.FromTypes([typeof(CardCodecBenchmarks), typeof(ResultXmlBenchmarks), typeof(EmbeddingBenchmarks)])
            .Run(args.Count == 0 ? ["--filter", "*"] : [.. args], config);
        return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
