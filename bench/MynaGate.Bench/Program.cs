using MynaGate.Bench;

return args switch
{
    ["card", .. var rest] => await CardBenchmark.RunAsync(rest),
    ["e2e", .. var rest] => await EndToEndBenchmark.RunAsync([.. rest]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: ./mynagate bench card [--runs N] | e2e [--readers R] [--sessions S] [--choice-ms MS] [--method mixed|face|pin] [--early-ocr on|off]");
    return 2;
}
