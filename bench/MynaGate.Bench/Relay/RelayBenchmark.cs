using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using MynaGate.Chain;
using MynaGate.Onshi.Contract.Assertions;

namespace MynaGate.Bench.Relay;

/// <summary>
/// The terminal under load, measured by itself: R <see cref="SimulatedReader"/>s (real TLS link, pairing, signed
/// assertions) against the real terminal, national-service emulator and Face folder, with no card slot, camera or OCR
/// to share the cores with. Three phases: all R with no patient time at all, which gives the capacity (sessions per
/// second with the cores saturated; latency is then queueing alone); then one reader alone and all R at once, their
/// patients taking their time (<see cref="RelaySettings.PatientMs"/>), which gives the latencies. Sessions alternate PIN and face. The relay time
/// is the terminal's part of a session, as in <c>bench e2e</c>: qualification and completion, request in → answer
/// out; the reader's wait adds the link (long poll, TLS, JSON) and the challenge.
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
            Console.WriteLine($"relay bench: 1 reader, then {settings.Readers} reader(s) at once, {settings.Sessions} counted session(s) per reader after {settings.WarmUp} warm-up, PIN and face alternating, patient pauses 0.5–1.5 × {settings.PatientMs} ms, after the same readers without pauses for the capacity; {BuildInfo.Header}");
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

                // the stress phase first: its thousand sessions leave every path compiled at its final tier before
                // the latencies are taken
                Console.Error.WriteLine($"relay bench: {settings.Readers} readers at once without pauses (capacity)");
                var saturated = await RunPhaseAsync(readers, settings, patientMs: 0).ConfigureAwait(false);
                Console.Error.WriteLine("relay bench: one reader alone");
                var alone = await RunPhaseAsync(readers[..1], settings, settings.PatientMs).ConfigureAwait(false);
                Console.Error.WriteLine($"relay bench: {settings.Readers} readers at once");
                var together = await RunPhaseAsync(readers, settings, settings.PatientMs).ConfigureAwait(false);
                Print(settings, alone, together, saturated, relay);
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
    private static async Task<Phase> RunPhaseAsync(List<SimulatedReader> readers, RelaySettings settings, int patientMs)
    {
        var warmUp = await Task.WhenAll(readers.Select((r, i) => Task.Run(() => RunSessionsAsync(r, settings.WarmUp, patientMs, seed: i)))).ConfigureAwait(false);
        long start = Stopwatch.GetTimestamp();
        var counted = await Task.WhenAll(readers.Select((r, i) => Task.Run(() => RunSessionsAsync(r, settings.Sessions, patientMs, seed: 1000 + i)))).ConfigureAwait(false);
        var wall = Stopwatch.GetElapsedTime(start);
        return new Phase(readers.Count, [.. counted.SelectMany(s => s)], [.. warmUp.SelectMany(s => s)], wall);
    }

    private static async Task<List<RelaySession>> RunSessionsAsync(SimulatedReader reader, int count, int patientMs, int seed)
    {
        // each reader's patients keep their own pace, so the readers do not ask in step
        var pace = new Random(seed);
        Task Patient() => patientMs == 0 ? Task.CompletedTask : Task.Delay(patientMs / 2 + pace.Next(patientMs + 1));
        var sessions = new List<RelaySession>(count);
        for (int i = 0; i < count; i++)
            sessions.Add(await reader.RunSessionAsync(i % 2 == 0 ? AuthenticationMethod.Pin : AuthenticationMethod.Face, Patient).ConfigureAwait(false));
        return sessions;
    }

    private static void Print(RelaySettings settings, Phase alone, Phase together, Phase saturated, ConcurrentDictionary<string, double> relay)
    {
        List<double> Relay(Phase phase) => [.. phase.Counted.Where(s => s.Error is null && relay.ContainsKey(s.SessionId)).Select(s => relay[s.SessionId]).Order()];
        List<double> Waited(Phase phase) => [.. phase.Counted.Where(s => s.Error is null).Select(s => s.Waited.TotalMilliseconds).Order()];
        var aloneRelay = Relay(alone);
        var togetherRelay = Relay(together);

        Console.WriteLine();
        Console.WriteLine($"{"(ms)",-40} {"n",6} {"p50",8} {"p95",8} {"max",8}");
        Row("1 reader: relay (terminal)", aloneRelay);
        Row("1 reader: reader's wait", Waited(alone));
        Row($"{together.Readers} readers: relay (terminal)", togetherRelay);
        Row($"{together.Readers} readers: reader's wait", Waited(together));
        Row($"{saturated.Readers} readers, no pauses: relay (terminal)", Relay(saturated));
        Row($"{saturated.Readers} readers, no pauses: reader's wait", Waited(saturated));
        var errors = alone.All.Concat(together.All).Concat(saturated.All).Where(s => s.Error is not null).ToList();
        foreach (var code in errors.GroupBy(s => s.Error).OrderBy(g => g.Key, StringComparer.Ordinal))
            Console.WriteLine($"error {code.Key}: {code.Count()}");
        double offered = together.Counted.Count / together.Wall.TotalSeconds;
        double capacity = saturated.Counted.Count(s => s.Error is null) / saturated.Wall.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{together.Readers} readers: {offered:F1} sessions/s asked, relay p95 {Percentile.Of(togetherRelay, 0.95) / Percentile.Of(aloneRelay, 0.95):F2}× one reader's; capacity {capacity:F1} sessions/s ({saturated.Counted.Count} sessions in {saturated.Wall.TotalSeconds:F1} s without pauses)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"relay-bench readers={settings.Readers} sessions={settings.Sessions} relay_p50_ms={Percentile.Of(togetherRelay, 0.50):F1} relay_p95_ms={Percentile.Of(togetherRelay, 0.95):F1} one_reader_p95_ms={Percentile.Of(aloneRelay, 0.95):F1} sessions_per_s={capacity:F1} errors={errors.Count}"));
    }

    private static void Row(string name, List<double> sorted) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-40} {sorted.Count,6} {Percentile.Of(sorted, 0.50),8:F1} {Percentile.Of(sorted, 0.95),8:F1} {(sorted.Count == 0 ? double.NaN : sorted[^1]),8:F1}"));

    /// <summary>One phase's sessions: those counted, those run first to warm up (their errors count too), and the counted ones' wall time.</summary>
    private sealed record Phase(int Readers, List<RelaySession> Counted, List<RelaySession> WarmUp, TimeSpan Wall)
    {
        public IEnumerable<RelaySession> All => Counted.Concat(WarmUp);
    }
}
