using MynaGate.Bench;
using MynaGate.Bench.Micro;
using MynaGate.Bench.Relay;
using MynaGate.Bench.Soak;

return args switch
{
    ["card", .. var rest] => await CardBenchmark.RunAsync(rest),
    ["e2e", .. var rest] => await EndToEndBenchmark.RunAsync([.. rest]),
    ["relay", .. var rest] => await RelayBenchmark.RunAsync(rest),
    ["soak", .. var rest] => await SoakBenchmark.RunAsync(rest),
    ["micro", .. var rest] => MicroBenchmarks.Run(rest),
    ["ocr-memory", .. var rest] => OcrMemoryBenchmark.Run(rest),
    // started by e2e, not by hand: the readers in a process of their own
    [ReaderProcess.Command, "--state", var state, .. var rest] when EndToEndSettings.Parse([.. rest]) is { } settings =>
        await ReaderProcess.RunAsync(state, settings),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: ./mynagate bench card [--runs N] | e2e " + EndToEndSettings.Usage + " | relay " + RelaySettings.Usage + " | soak " + SoakSettings.Usage + " | micro [BenchmarkDotNet options] | ocr-memory [--frames N]");
    return 2;
}
