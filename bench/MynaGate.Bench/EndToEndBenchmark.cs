using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MynaGate.Card.Virtual.Vpcd;
using MynaGate.Chain;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Reader.Flow;

namespace MynaGate.Bench;

/// <summary>
/// Full verifications from R readers at once (virtual cards through pcscd/vpcd, image-sequence cameras, the paired
/// TLS link, the terminal, the emulator): sessions alternate face and PIN, every consent is answered at once. Prints
/// each stage's times, the face and PIN totals (method chosen → completion screen) and the relay time (the terminal's
/// part of a session: qualification and completion, request in → answer out). This process is the site (the
/// national-service emulator and the terminal); the readers run in a <see cref="ReaderProcess"/> at a lower priority.
/// </summary>
public static class EndToEndBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (EndToEndSettings.Parse(args) is not { } settings) return Usage();
        string state = Path.Combine(Path.GetTempPath(), "mynagate-bench-" + Guid.NewGuid().ToString("N")[..8]);
        string shared = Environment.GetEnvironmentVariable("MYNAGATE_STATE") is { Length: > 0 } s ? s : ".state";

        using var slots = await VpcdLock.AcquireAsync(shared, TimeSpan.FromMinutes(10)).ConfigureAwait(false);
        var relay = new ConcurrentDictionary<string, double>();
        var outcomes = new List<SessionOutcome>();
        try
        {
            await using var chain = await LocalChain.StartAsync(new ChainOptions { StateDirectory = state, Readers = 0 }).ConfigureAwait(false);
            chain.Terminal.Relay.Relayed += (_, request, time) => relay.AddOrUpdate(request.SessionId, time.TotalMilliseconds, (_, sum) => sum + time.TotalMilliseconds);
            for (int r = 0; r < settings.Readers; r++) await chain.CardAsync(Seed(r), ChipPhoto()).ConfigureAwait(false);

            Console.WriteLine($"e2e bench: {settings.Readers} reader(s) × {settings.Sessions} session(s), {settings.Methods} methods, chosen after {settings.ChoiceDelay.TotalMilliseconds:F0} ms, early card-face OCR {(settings.EarlyOcr ? "on" : "off")}, arrivals spread over {settings.ArrivalSpreadMs} ms, {settings.WarmUp} warm-up session(s) per reader not counted, readers in their own process at nice {settings.ReaderNice}; {BuildInfo.Header}");
            await RunReadersAsync(chain, state, args, settings.ReaderNice, outcomes).ConfigureAwait(false);
        }
        finally
        {
            Directory.Delete(state, recursive: true);
        }

        Print(settings.Readers, [.. outcomes], relay);
        return 0;
    }

    /// <summary>The photo in every bench card's chip.</summary>
    internal static string ChipPhoto() =>
        Path.Combine(Environment.GetEnvironmentVariable("MYNAGATE_SHARED") ?? "../shared", "datasets", "deepface-unit", "img1.jpg");

    /// <summary>The card seed of reader <paramref name="index"/>.</summary>
    internal static int Seed(int index) => 500 + index;

    // runs the readers' process, pairs its readers with the terminal and collects the outcomes it reports
    private static async Task RunReadersAsync(LocalChain chain, string state, string[] args, int nice, List<SessionOutcome> outcomes)
    {
        var start = new ProcessStartInfo("nice") { RedirectStandardInput = true, RedirectStandardOutput = true };
        string[] arguments = ["-n", nice.ToString(CultureInfo.InvariantCulture), Environment.ProcessPath!, typeof(EndToEndBenchmark).Assembly.Location,
            ReaderProcess.Command, "--state", state, .. args];
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The readers' process did not start.");
        try
        {
            while (await process.StandardOutput.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                string[] words = line.Split(' ');
                switch (words[0])
                {
                    case "pair" when words.Length == 3:
                        await chain.Terminal.PairAsync(new Uri(words[1]), words[2]).ConfigureAwait(false);
                        break;
                    case "ready":
                        await process.StandardInput.WriteLineAsync("go").ConfigureAwait(false);
                        await process.StandardInput.FlushAsync().ConfigureAwait(false);
                        break;
                    case "outcome":
                        outcomes.Add(JsonSerializer.Deserialize<SessionOutcome>(line["outcome ".Length..])
                            ?? throw new InvalidDataException("The readers' process reported an empty outcome."));
                        break;
                    default:
                        Console.Error.WriteLine(line);
                        break;
                }
            }
            await process.WaitForExitAsync().ConfigureAwait(false);
            if (process.ExitCode != 0) throw new InvalidOperationException($"The readers' process ended with exit code {process.ExitCode}.");
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    private static void Print(int readers, SessionOutcome[] outcomes, ConcurrentDictionary<string, double> relay)
    {
        var ok = outcomes.Where(o => o.ErrorCode is null).ToList();
        Console.WriteLine();
        Console.WriteLine($"{"stage (ms)",-22} {"n",5} {"p50",8} {"p95",8} {"max",8}");
        foreach (var stage in ok.SelectMany(o => o.Stages.Keys).Distinct().Order(StringComparer.Ordinal))
            Row(stage, [.. ok.Where(o => o.Stages.ContainsKey(stage)).Select(o => o.Stages[stage].TotalMilliseconds)]);
        var face = ok.Where(o => o.Method == AuthenticationMethod.Face).Select(o => o.Total!.Value.TotalMilliseconds).ToList();
        var pin = ok.Where(o => o.Method == AuthenticationMethod.Pin).Select(o => o.Total!.Value.TotalMilliseconds).ToList();
        var relays = ok.Where(o => relay.ContainsKey(o.SessionId)).Select(o => relay[o.SessionId]).ToList();
        Row("face total", face);
        Row("pin total", pin);
        Row("relay (terminal)", relays);
        foreach (var error in outcomes.Where(o => o.ErrorCode is not null).GroupBy(o => o.ErrorCode))
            Console.WriteLine($"error {error.Key}: {error.Count()}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"e2e-bench readers={readers} face_total_p95_ms={P95(face):F0} pin_total_p95_ms={P95(pin):F0} relay_p95_ms={P95(relays):F0} errors={outcomes.Length - ok.Count}"));
    }

    private static void Row(string name, List<double> values)
    {
        values.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-22} {values.Count,5} {Percentile.Of(values, 0.50),8:F1} {Percentile.Of(values, 0.95),8:F1} {(values.Count == 0 ? double.NaN : values[^1]),8:F1}"));
    }

    private static double P95(List<double> values)
    {
        values.Sort();
        return Percentile.Of(values, 0.95);
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: ./mynagate bench e2e " + EndToEndSettings.Usage);
        return 2;
    }
}
