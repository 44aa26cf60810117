using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using MynaGate.Card.Virtual.Vpcd;
using MynaGate.Chain;
using MynaGate.Reader.Flow;

namespace MynaGate.Bench.Soak;

/// <summary>
/// Many mixed sessions on R readers, the hosts running as the processes a clinic installs (mynagate-onshi,
/// mynagate-terminal, one mynagate-reader per reader, as <see cref="DeployedChain"/> starts them), each session
/// played through the reader's kiosk over HTTP, with faults at random: cards pulled at a random step, wrong PINs,
/// impostors, the national service or the terminal hung for a few seconds (the process frozen). Every session must
/// end and no host may exit. Each process's memory is sampled twenty times over the run; the table gives its RSS and
/// the slope of RSS over the last half in MiB per 1,000 sessions, which a leak keeps above zero and a settled heap
/// does not.
/// </summary>
public static class SoakBenchmark
{
    private static readonly string[] ImpostorFrames = ["img13.jpg", "img14.jpg", "img15.jpg", "img16.jpg", "img17.jpg", "img20.jpg"];
    private const int Samples = 20;

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
        string arenas = settings.MallocArenaMax > 0 ? settings.MallocArenaMax.ToString(CultureInfo.InvariantCulture) : "glibc's default";
        Console.WriteLine($"soak bench: {settings.Sessions} sessions on {settings.Readers} reader(s), seed {settings.Seed}, hosts as processes, MALLOC_ARENA_MAX {arenas}; {BuildInfo.Header}");
        try
        {
            int first = FreePortBlock(4 + 3 * settings.Readers);
            await using var chain = await DeployedChain.StartAsync(new ChainOptions
            {
                StateDirectory = state,
                Readers = settings.Readers,
                Ports = new ChainPorts(first, first + 1, first + 2, first + 2 + settings.Readers),
                FirstHealthPort = first + 2 + 2 * settings.Readers,
                Flow = new FlowOptions { LivePreview = false, InputTimeout = TimeSpan.FromSeconds(20), TerminalTimeout = TimeSpan.FromSeconds(8) },
                NationalServiceTimeout = TimeSpan.FromSeconds(4),
                Admin = ("soak", Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16))),
                ProcessEnvironment = settings.MallocArenaMax > 0 ? new Dictionary<string, string> { ["MALLOC_ARENA_MAX"] = arenas } : null,
            }).ConfigureAwait(false);
            var run = new SoakRun(chain, settings, Frames(ReaderProcess.CameraFrames), Frames(ImpostorFrames));
            await run.RunAsync().ConfigureAwait(false);
            run.Print();
            return run.Stuck == 0 && run.Crashed == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(state, recursive: true);
        }
    }

    private static byte[][] Frames(IEnumerable<string> names) =>
        [.. names.Select(n => File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(EndToEndBenchmark.ChipPhoto())!, n)))];

    // a deployed chain listens on fixed ports, reader i's at a first port + i: a run of free ones
    private static int FreePortBlock(int count)
    {
        var random = new Random();
        for (int attempt = 0; attempt < 100; attempt++)
        {
            int first = random.Next(20_000, 60_000 - count);
            if (Enumerable.Range(first, count).All(IsFree)) return first;
        }
        throw new InvalidOperationException($"no {count} free ports in a row");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>One soak: the readers' patients, the faults beside them, the counts and the memory samples.</summary>
    private sealed class SoakRun
    {
        private readonly DeployedChain _chain;
        private readonly SoakSettings _settings;
        private readonly byte[][] _genuine;
        private readonly byte[][] _impostor;
        private readonly Lock _gate = new();
        private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
        private readonly Random _random;
        private readonly List<ProcessMemory> _memory;
        private int _started;
        private int _finished;
        private int _completed;
        private int _nationalHung;
        private int _terminalHung;
        private TimeSpan _elapsed;

        public SoakRun(DeployedChain chain, SoakSettings settings, byte[][] genuine, byte[][] impostor)
        {
            _chain = chain;
            _settings = settings;
            _genuine = genuine;
            _impostor = impostor;
            _random = new Random(settings.Seed);
            _memory =
            [
                .. chain.Readers.Select(r => new ProcessMemory($"mynagate-reader {r.Id}", () => r.Process.HasExited ? null : r.Process.Id)),
                new ProcessMemory("mynagate-terminal", () => chain.TerminalProcess is { HasExited: false } p ? p.Id : null),
                new ProcessMemory("mynagate-onshi (emulator)", () => chain.NationalServiceProcess is { HasExited: false } p ? p.Id : null),
                .. Process.GetProcessesByName("pcscd").Select(p => new ProcessMemory($"pcscd {p.Id}", () => p.Id)),
            ];
        }

        public int Stuck { get; private set; }
        public int Crashed { get; private set; }

        public async Task RunAsync()
        {
            long start = Stopwatch.GetTimestamp();
            using var stop = new CancellationTokenSource();
            var faults = InjectFaultsAsync(stop.Token);
            await Task.WhenAll(_chain.Readers.Select((reader, index) => ServeAsync(reader, index))).ConfigureAwait(false);
            await stop.CancelAsync().ConfigureAwait(false);
            await faults.ConfigureAwait(false);
            _elapsed = Stopwatch.GetElapsedTime(start);
            Sample(_finished);
            // a host that exited serves nobody again: that is a crash, whatever the sessions said
            Crashed += _chain.Readers.Count(r => r.Process.HasExited)
                + (_chain.TerminalProcess!.HasExited ? 1 : 0) + (_chain.NationalServiceProcess!.HasExited ? 1 : 0);
        }

        // one reader's patients, one after another, until the soak's sessions are all started
        private async Task ServeAsync(DeployedReader reader, int index)
        {
            int seed = EndToEndBenchmark.Seed(index);
            var card = await _chain.CardAsync(seed, EndToEndBenchmark.ChipPhoto()).ConfigureAwait(false);
            byte[] chipPhoto = ChainReader.ChipPhoto(card);
            await using var kiosk = new KioskDriver(reader.Kiosk);
            var patient = new SoakPatient(reader, kiosk, card, seed, chipPhoto, new Random(_settings.Seed + 100 + index));
            int every = Math.Max(1, _settings.Sessions / Samples);
            while (Interlocked.Increment(ref _started) <= _settings.Sessions)
            {
                SoakScenario scenario;
                lock (_gate) scenario = (SoakScenario)_random.Next(Enum.GetValues<SoakScenario>().Length);
                try
                {
                    var outcome = await patient.PlayAsync(scenario, scenario == SoakScenario.Impostor ? _impostor : _genuine, CancellationToken.None).ConfigureAwait(false);
                    lock (_gate)
                    {
                        if (outcome.Stuck) Stuck++;
                        else if (outcome.Completed) _completed++;
                        else _codes[outcome.ErrorCode!] = _codes.GetValueOrDefault(outcome.ErrorCode!) + 1;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException or InvalidOperationException)
                {
                    // the soak's own driving met something no session should cause: counted, named, and the next patient served
                    lock (_gate) Crashed++;
                    Console.Error.WriteLine($"soak: reader {reader.Id}: {e.GetType().Name}");
                    if (reader.Process.HasExited) return;
                }
                int finished = Interlocked.Increment(ref _finished);
                if (finished % every == 0) Sample(finished);
            }
        }

        private void Sample(int sessions)
        {
            lock (_gate)
            {
                foreach (var process in _memory) process.Sample(sessions);
            }
        }

        // now and then, for a few seconds, the national service or the terminal hangs: its process is frozen
        private async Task InjectFaultsAsync(CancellationToken stop)
        {
            var random = new Random(_settings.Seed + 1);
            try
            {
                while (true)
                {
                    await Task.Delay(TimeSpan.FromSeconds(random.Next(10, 30)), stop).ConfigureAwait(false);
                    var window = TimeSpan.FromSeconds(random.Next(2, 6));
                    bool national = random.Next(2) == 0;
                    var process = national ? _chain.NationalServiceProcess! : _chain.TerminalProcess!;
                    if (national) _nationalHung++;
                    else _terminalHung++;
                    process.Pause();
                    try
                    {
                        await Task.Delay(window, CancellationToken.None).ConfigureAwait(false);
                    }
                    finally
                    {
                        process.Resume();
                    }
                }
            }
            catch (OperationCanceledException)
            {
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
            int half = _finished / 2;
            int fifth = _finished / 5;
            Console.WriteLine($"{"MiB",-30} {"RSS 1/5",9} {"RSS 1/2",9} {"RSS end",9} {"RSS slope",10} {"± 2 SE",8} {"anon slope",11} {"± 2 SE",8}  (slopes: MiB per 1,000 sessions over the last half)");
            var slopes = new List<string>();
            foreach (var process in _memory.Where(m => m.Samples.Count > 0))
            {
                var (rss, rssError) = process.Slope(half, s => s.Rss);
                var (anonymous, anonymousError) = process.Slope(half, s => s.Anonymous);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{process.Name,-30} {process.RssAt(fifth),9:F1} {process.RssAt(half),9:F1} {process.Samples[^1].Rss,9:F1} {rss,10:F2} {2 * rssError,8:F2} {anonymous,11:F2} {2 * anonymousError,8:F2}"));
                if (!process.Name.StartsWith("pcscd", StringComparison.Ordinal))
                    slopes.Add(string.Create(CultureInfo.InvariantCulture, $"{process.Name.Split(' ')[0].Replace("mynagate-", "", StringComparison.Ordinal)}{(process.Name.Contains(" R", StringComparison.Ordinal) ? "-" + process.Name.Split(' ')[1] : "")}={rss:F2}±{2 * rssError:F2}"));
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"faults injected: national service hung {_nationalHung}, terminal hung {_terminalHung} time(s); {_elapsed.TotalMinutes:F1} min"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"soak-bench sessions={_completed + ended + Stuck} completed={_completed} ended_with_code={ended} stuck={Stuck} crashed={Crashed} rss_slope_mib_per_1k {string.Join(' ', slopes)}"));
        }
    }
}
