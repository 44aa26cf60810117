using System.Diagnostics;
using System.Globalization;
using MynaGate.Card.Virtual.Engine;
using MynaGate.Card.Virtual.Vpcd;
using MynaGate.Chain;
using MynaGate.Link.Assertions;
using MynaGate.Link.Messages;
using MynaGate.Onshi;
using MynaGate.Reader.Flow;

namespace MynaGate.Bench;

/// <summary>
/// Many mixed sessions on R readers with faults injected at random: cards pulled at a random step, wrong PINs,
/// impostors, the national service down, slow or answering 500 for a while, the terminal restarted mid-session. Every
/// session must end (with a result or a code) and no reader may stop; memory is measured after a warm-up and at the
/// end, for this process (the emulator, the terminal and the readers run in it as hosts, as in the end-to-end tests)
/// and for pcscd.
/// </summary>
public static class SoakBenchmark
{
    private static readonly TimeSpan SessionLimit = TimeSpan.FromSeconds(90);
    private static readonly string[] ImpostorFrames = ["img13.jpg", "img14.jpg", "img15.jpg", "img16.jpg", "img17.jpg", "img20.jpg"];

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (SoakSettings.Parse(args) is not { } settings)
        {
            Console.Error.WriteLine("usage: ./mynagate bench soak " + SoakSettings.Usage);
            return 2;
        }
        string state = Path.Combine(Path.GetTempPath(), "mynagate-soak-" + Guid.NewGuid().ToString("N")[..8]);
        string shared = Environment.GetEnvironmentVariable("MYNAGATE_STATE") is { Length: > 0 } s ? s : ".state";
        using var slots = await VpcdLock.AcquireAsync(shared, TimeSpan.FromMinutes(10)).ConfigureAwait(false);
        Console.WriteLine($"soak bench: {settings.Sessions} sessions on {settings.Readers} reader(s), seed {settings.Seed}; {BuildInfo.Header}");
        try
        {
            await using var chain = await LocalChain.StartAsync(new ChainOptions
            {
                StateDirectory = state,
                Readers = settings.Readers,
                Flow = new FlowOptions { LivePreview = false, InputTimeout = TimeSpan.FromSeconds(20), TerminalTimeout = TimeSpan.FromSeconds(8) },
                NationalServiceTimeout = TimeSpan.FromSeconds(4),
            }).ConfigureAwait(false);
            var run = new SoakRun(chain, settings, await CardsAsync(chain, settings.Readers).ConfigureAwait(false), Frames(ReaderProcess.CameraFrames), Frames(ImpostorFrames));
            await run.RunAsync().ConfigureAwait(false);
            run.Print();
            return run.Stuck == 0 && run.Crashed == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(state, recursive: true);
        }
    }

    private static async Task<IReadOnlyList<VirtualMyNumberCard>> CardsAsync(LocalChain chain, int readers)
    {
        var cards = new List<VirtualMyNumberCard>();
        for (int r = 0; r < readers; r++) cards.Add(await chain.CardAsync(EndToEndBenchmark.Seed(r), EndToEndBenchmark.ChipPhoto()).ConfigureAwait(false));
        return cards;
    }

    private static byte[][] Frames(IEnumerable<string> names) =>
        [.. names.Select(n => File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(EndToEndBenchmark.ChipPhoto())!, n)))];

    /// <summary>One soak: the readers' patients, the faults beside them, and the counts.</summary>
    private sealed class SoakRun(LocalChain chain, SoakSettings settings, IReadOnlyList<VirtualMyNumberCard> cards, byte[][] genuine, byte[][] impostor)
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
        private readonly Random _random = new(settings.Seed);
        // memory at three points: after the warm-up fifth, at three fifths, and at the end; a leak keeps growing in the
        // last stretch, a heap that settles does not
        private readonly Dictionary<string, long[]> _memory = new(StringComparer.Ordinal);
        private readonly long[] _managed = new long[3];
        private int _started;
        private int _completed;
        private int _finished;
        private int _outages;
        private int _slow;
        private int _errors;
        private int _restarts;
        private TimeSpan _elapsed;

        public int Stuck { get; private set; }
        public int Crashed { get; private set; }

        public async Task RunAsync()
        {
            long start = Stopwatch.GetTimestamp();
            using var stop = new CancellationTokenSource();
            var faults = InjectFaultsAsync(stop.Token);
            await Task.WhenAll(Enumerable.Range(0, settings.Readers).Select(ServeAsync)).ConfigureAwait(false);
            await stop.CancelAsync().ConfigureAwait(false);
            await faults.ConfigureAwait(false);
            _elapsed = Stopwatch.GetElapsedTime(start);
            // a reader whose flow loop ended serves nobody again: that is a crash, whatever the sessions said
            Crashed += chain.Readers.Count(r => r.HasStopped);
            Measure(Checkpoint.End);
        }

        // one reader's patients, one after another, until the soak's sessions are all started
        private async Task ServeAsync(int index)
        {
            var reader = chain.Readers[index];
            while (Interlocked.Increment(ref _started) <= settings.Sessions)
            {
                Scenario scenario;
                lock (_gate) scenario = (Scenario)_random.Next(Enum.GetValues<Scenario>().Length);
                try
                {
                    var outcome = await PlayAsync(reader, cards[index], EndToEndBenchmark.Seed(index), scenario).ConfigureAwait(false);
                    lock (_gate)
                    {
                        if (outcome.ErrorCode is null) _completed++;
                        else _codes[outcome.ErrorCode] = _codes.GetValueOrDefault(outcome.ErrorCode) + 1;
                    }
                }
                catch (TimeoutException)
                {
                    lock (_gate) Stuck++;
                    await reader.ResetAsync(SessionLimit).ConfigureAwait(false);
                }
                catch (InvalidOperationException) when (reader.HasStopped)
                {
                    return;
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // the soak's own driving met something no session should cause: counted, named, and the reader reset
                    lock (_gate) Crashed++;
                    Console.Error.WriteLine($"soak: reader {reader.Id}: {e.GetType().Name}");
                    await reader.ResetAsync(SessionLimit).ConfigureAwait(false);
                }
                // a fifth of the run warms up (JIT, models, pools, the first faults) before memory is measured
                int served = Interlocked.Increment(ref _finished);
                if (served == Math.Max(1, settings.Sessions / 5)) Measure(Checkpoint.Warm);
                else if (served == Math.Max(2, settings.Sessions * 3 / 5)) Measure(Checkpoint.Middle);
            }
        }

        private async Task<SessionOutcome> PlayAsync(ChainReader reader, VirtualMyNumberCard card, int seed, Scenario scenario)
        {
            int pinEntries = 0;
            FlowState pullAt = scenario == Scenario.PulledCard ? new[] { FlowState.MethodChoice, FlowState.PinEntry, FlowState.Consent }[Random.Shared.Next(3)] : FlowState.Idle;
            var pulled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var method = scenario is Scenario.Face or Scenario.Impostor ? AuthenticationMethod.Face : AuthenticationMethod.Pin;
            void Answer(FlowScreen screen)
            {
                if (screen.State == pullAt)
                {
                    pulled.TrySetResult();
                    return;
                }
                switch (screen.State)
                {
                    case FlowState.MethodChoice when screen.ErrorCode is null:
                        reader.Flow.Send(new ChooseMethod(method));
                        break;
                    // back at the choice after a wrong PIN: the patient tries again with the right one
                    case FlowState.MethodChoice when scenario == Scenario.WrongPin && Volatile.Read(ref pinEntries) == 1:
                        reader.Flow.Send(new ChooseMethod(AuthenticationMethod.Pin));
                        break;
                    // an impostor tries again until the reader stops offering the face
                    case FlowState.FaceRetry when scenario == Scenario.Impostor:
                        reader.Flow.Send(new Retry());
                        break;
                    case FlowState.PinEntry when screen.DigitsEntered == 0:
                        // a wrong PIN first costs one try; the right one after it gives the try back
                        string pin = scenario == Scenario.WrongPin && Interlocked.Increment(ref pinEntries) == 1 ? WrongPin(card.Image.Persona.Pin) : card.Image.Persona.Pin;
                        foreach (char digit in pin) reader.Flow.Send(new PadKey(screen.PadLayout!.ToList().IndexOf(digit - '0')));
                        reader.Flow.Send(new PadSubmit());
                        break;
                    case FlowState.Consent when screen.Covers is { Count: > 0 } && Random.Shared.Next(3) == 0:
                        reader.Flow.Send(new ChooseIndividually());
                        break;
                    case FlowState.Consent:
                        reader.Flow.Send(new Answer(Random.Shared.Next(2) == 0));
                        break;
                    case FlowState.PrescriptionChoice:
                        reader.Flow.Send(new ChoosePrescription(Random.Shared.Next(2) == 0 ? PrescriptionIssue.Electronic : PrescriptionIssue.Paper));
                        break;
                    case FlowState.MethodChoice or FlowState.FaceRetry or FlowState.LowerMask or FlowState.PaperChoice or FlowState.VisualCheck:
                        reader.Flow.Send(new Cancel());
                        break;
                }
            }
            reader.Flow.ScreenChanged += Answer;
            try
            {
                await reader.InsertAsync(card, seed, scenario == Scenario.Impostor ? impostor : genuine).ConfigureAwait(false);
                var outcome = reader.NextOutcomeAsync(SessionLimit);
                if (pullAt != FlowState.Idle && await Task.WhenAny(pulled.Task, outcome).ConfigureAwait(false) == pulled.Task)
                    await reader.RemoveAsync().ConfigureAwait(false);
                return await outcome.ConfigureAwait(false);
            }
            finally
            {
                reader.Flow.ScreenChanged -= Answer;
                if (reader.Slot.IsInserted) await reader.RemoveAsync().ConfigureAwait(false);
                await reader.WaitForAsync(FlowState.Idle, SessionLimit).ConfigureAwait(false);
            }
        }

        private static string WrongPin(string pin) => string.Concat(pin.Select(d => (char)('0' + (d - '0' + 1) % 10)));

        // now and then, for a few seconds: the national service down, answering past the terminal's budget or with
        // HTTP 500; or the terminal restarted
        private async Task InjectFaultsAsync(CancellationToken stop)
        {
            var random = new Random(settings.Seed + 1);
            try
            {
                while (true)
                {
                    await Task.Delay(TimeSpan.FromSeconds(random.Next(10, 30)), stop).ConfigureAwait(false);
                    var window = TimeSpan.FromSeconds(random.Next(2, 6));
                    switch (random.Next(4))
                    {
                        case 0:
                            _outages++;
                            await chain.StopOnshiAsync().ConfigureAwait(false);
                            await Task.Delay(window, CancellationToken.None).ConfigureAwait(false);
                            await chain.StartOnshiAsync().ConfigureAwait(false);
                            break;
                        case 1:
                            _slow++;
                            await MisbehaveAsync(faults => faults.Delay = TimeSpan.FromSeconds(5), window).ConfigureAwait(false);
                            break;
                        case 2:
                            _errors++;
                            await MisbehaveAsync(faults => faults.FailWith = 500, window).ConfigureAwait(false);
                            break;
                        default:
                            _restarts++;
                            await chain.RestartTerminalAsync().ConfigureAwait(false);
                            break;
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
            await chain.StartOnshiAsync().ConfigureAwait(false);
        }

        private async Task MisbehaveAsync(Action<OnshiFaults> fault, TimeSpan window)
        {
            var faults = chain.Onshi.Faults;
            fault(faults);
            try
            {
                await Task.Delay(window, CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                faults.Clear();
            }
        }

        private void Measure(Checkpoint at)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var processes = new List<(string Name, long Bytes)> { ("mynagate-bench (emulator, terminal, readers)", Environment.WorkingSet) };
            processes.AddRange(Process.GetProcessesByName("pcscd").Select(p => ($"pcscd {p.Id}", p.WorkingSet64)));
            long managed = GC.GetTotalMemory(forceFullCollection: true);
            lock (_gate)
            {
                _managed[(int)at] = managed;
                foreach (var (name, bytes) in processes)
                {
                    if (!_memory.TryGetValue(name, out var samples)) _memory[name] = samples = new long[3];
                    samples[(int)at] = bytes;
                }
            }
        }

        public void Print()
        {
            int ended = _codes.Values.Sum();
            Console.WriteLine();
            Console.WriteLine($"{"outcome",-22} {"sessions",8}");
            Console.WriteLine($"{"completed",-22} {_completed,8}");
            foreach (var (code, count) in _codes.OrderBy(c => c.Key, StringComparer.Ordinal)) Console.WriteLine($"{"ended " + code,-22} {count,8}");
            Console.WriteLine($"{"stuck",-22} {Stuck,8}");
            Console.WriteLine();
            Console.WriteLine($"{"MiB (RSS unless named)",-48} {"at 1/5",9} {"at 3/5",9} {"at end",9} {"growth %",9} {"last 2/5 %",11}");
            double growth = 0;
            foreach (var (name, samples) in _memory.Where(m => m.Value.All(b => b > 0)))
            {
                growth = Math.Max(growth, Percent(samples[0], samples[2]));
                PrintRow(name, samples);
            }
            // RSS includes the native heaps (OpenCV, SQLite, TLS) and what the GC keeps reserved; the managed heap alone tells a leak of objects from that
            PrintRow("managed heap (this process)", _managed);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"faults injected: national service down {_outages}, slow {_slow}, answering 500 {_errors} time(s); terminal restarted {_restarts} time(s); {_elapsed.TotalMinutes:F1} min"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"soak-bench sessions={_completed + ended + Stuck} completed={_completed} ended_with_code={ended} stuck={Stuck} crashed={Crashed} rss_growth_pct={growth:F1}"));
        }

        private static void PrintRow(string name, long[] samples) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-48} {samples[0] / 1048576.0,9:F1} {samples[1] / 1048576.0,9:F1} {samples[2] / 1048576.0,9:F1} {Percent(samples[0], samples[2]),9:F1} {Percent(samples[1], samples[2]),11:F1}"));

        private static double Percent(long from, long to) => from == 0 ? 0 : 100.0 * (to - from) / from;
    }

    private enum Checkpoint
    {
        Warm,
        Middle,
        End,
    }

    private enum Scenario
    {
        Pin,
        Face,
        WrongPin,
        Impostor,
        PulledCard,
    }
}
