using MynaGate.Bench;

return args switch
{
    ["card", .. var rest] => await CardBenchmark.RunAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: ./mynagate bench card [--runs N]");
    return 2;
}
