using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using MynaGate.Chain;
using MynaGate.Link.Assertions;

namespace MynaGate.Bench.Relay;

/// <summary>
/// The terminal under load, measured by itself: R <see cref="SimulatedReader"/>s (real TLS link, pairing, signed
/// assertions) against the real terminal, national-service emulator and Face folder, with no card slot, camera or OCR
/// to share the cores with. First one reader alone, then all R at once, each session started as soon as the last
/// ended (the worst case); sessions alternate PIN and face. The relay time is the terminal's part of a session, as in
/// <c>bench e2e</c>: qualification and completion, request in → answer out; the round trip is what the reader waited
/// from asking for the challenge to the result's name.
/// </summary>
public static class RelayBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (RelaySettings.Parse(args) is not { } settings)
        {
            Console.Error.WriteLine("usage: ./mynagate bench relay " + RelaySettings.Usage);
            return 2;
        }
        string state = Path.Combine(Path.GetTempPath(), "mynagate-relay-" + Guid.NewGuid().ToString("N")[..8]);
        var relay = new ConcurrentDictionary<string, double>();
        var readers = new List<SimulatedReader>();
        try
        {
            Console.WriteLine($"relay bench: 1 reader, then {settings.Readers} reader(s) at once, {settings.Sessions} counted session(s) per reader after {settings.WarmUp} warm-up, PIN and face alternating, no think time; {BuildInfo.Header}");
            var chain = await LocalChain.StartAsync(new ChainOptions { StateDirectory = state, Readers = 0, LicensedReaders = RelaySettings.MaxReaders }).ConfigureAwait(false);
            await using (chain.ConfigureAwait(false))
            {
                chain.Terminal.Relay.Relayed += (_, request, time) => relay.AddOrUpdate(request.SessionId, time.TotalMilliseconds, (_, sum) => sum + time.TotalMilliseconds);
                Console.Error.WriteLine($"relay bench: issuing {settings.Readers} card(s) and pairing {settings.Readers} reader(s)");
                for (int r = 0; r < settings.Readers; r++)
                {
                    var card = await chain.CardAsync(EndToEndBenchmark.Seed(r), photoJpeg: null).ConfigureAwait(false);
                    var reader = await SimulatedReader.StartAsync(FormattableString.Invariant($"sim-{r + 1:D2}"), state, card).ConfigureAwait(false);
                    readers.Add(reader);
                    await chain.Terminal.PairAsync(reader.Address, reader.Pairing.Code!).ConfigureAwait(false);
                }

                Console.Error.WriteLine("relay bench: one reader alone");
                var alone = await RunPhaseAsync(readers[..1], settings).ConfigureAwait(false);
                Console.Error.WriteLine($"relay bench: {settings.Readers} readers at once");
                var together = await RunPhaseAsync(readers, settings).ConfigureAwait(false);
                Print(settings, alone, together, relay);
            }
        }
        finally
        {
            foreach (var reader in readers) await reader.DisposeAsync().ConfigureAwait(false);
            Directory.Delete(state, recursive: true);
        }
        return 0;
    }

    /// <summary>The warm-up sessions of every reader, then the counted ones of every reader at once, timed from the first to the last.</summary>
    private static async Task<Phase> RunPhaseAsync(List<SimulatedReader> readers, RelaySettings settings)
    {
        var warmUp = await Task.WhenAll(readers.Select(r => Task.Run(() => RunSessionsAsync(r, settings.WarmUp)))).ConfigureAwait(false);
        long start = Stopwatch.GetTimestamp();
        var counted = await Task.WhenAll(readers.Select(r => Task.Run(() => RunSessionsAsync(r, settings.Sessions)))).ConfigureAwait(false);
        var wall = Stopwatch.GetElapsedTime(start);
        return new Phase(readers.Count, [.. counted.SelectMany(s => s)], [.. warmUp.SelectMany(s => s)], wall);
    }

    private static async Task<List<RelaySession>> RunSessionsAsync(SimulatedReader reader, int count)
    {
        var sessions = new List<RelaySession>(count);
        for (int i = 0; i < count; i++)
            sessions.Add(await reader.RunSessionAsync(i % 2 == 0 ? AuthenticationMethod.Pin : AuthenticationMethod.Face).ConfigureAwait(false));
        return sessions;
    }

    private static void Print(RelaySettings settings, Phase alone, Phase together, ConcurrentDictionary<string, double> relay)
    {
        List<double> Relay(Phase phase) => [.. phase.Counted.Where(s => s.Error is null && relay.ContainsKey(s.SessionId)).Select(s => relay[s.SessionId]).Order()];
        List<double> RoundTrip(Phase phase) => [.. phase.Counted.Where(s => s.Error is null).Select(s => s.RoundTrip.TotalMilliseconds).Order()];
        var aloneRelay = Relay(alone);
        var togetherRelay = Relay(together);

        Console.WriteLine();
        Console.WriteLine($"{"(ms)",-30} {"n",6} {"p50",8} {"p95",8} {"max",8}");
        Row("1 reader: relay (terminal)", aloneRelay);
        Row("1 reader: round trip", RoundTrip(alone));
        Row($"{together.Readers} readers: relay (terminal)", togetherRelay);
        Row($"{together.Readers} readers: round trip", RoundTrip(together));
        var errors = alone.All.Concat(together.All).Where(s => s.Error is not null).ToList();
        foreach (var code in errors.GroupBy(s => s.Error).OrderBy(g => g.Key, StringComparer.Ordinal))
            Console.WriteLine($"error {code.Key}: {code.Count()}");
        double perSecond = together.Counted.Count(s => s.Error is null) / together.Wall.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{together.Readers} readers: {together.Counted.Count} sessions in {together.Wall.TotalSeconds:F1} s; relay p95 {Percentile.Of(togetherRelay, 0.95) / Percentile.Of(aloneRelay, 0.95):F2}× one reader's"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"relay-bench readers={settings.Readers} sessions={settings.Sessions} relay_p50_ms={Percentile.Of(togetherRelay, 0.50):F1} relay_p95_ms={Percentile.Of(togetherRelay, 0.95):F1} one_reader_p95_ms={Percentile.Of(aloneRelay, 0.95):F1} sessions_per_s={perSecond:F1} errors={errors.Count}"));
    }

    private static void Row(string name, List<double> sorted) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-30} {sorted.Count,6} {Percentile.Of(sorted, 0.50),8:F1} {Percentile.Of(sorted, 0.95),8:F1} {(sorted.Count == 0 ? double.NaN : sorted[^1]),8:F1}"));

    /// <summary>One phase's sessions: those counted, those run first to warm up (their errors count too), and the counted ones' wall time.</summary>
    private sealed record Phase(int Readers, List<RelaySession> Counted, List<RelaySession> WarmUp, TimeSpan Wall)
    {
        public IEnumerable<RelaySession> All => Counted.Concat(WarmUp);
    }
}
