using System.Collections.Concurrent;
using System.Globalization;
using MynaGate.Card.Virtual.Vpcd;
using MynaGate.Chain;
using MynaGate.Link.Assertions;
using MynaGate.Link.Messages;
using MynaGate.Reader.Flow;

namespace MynaGate.Bench;

/// <summary>
/// Full verifications from R readers at once (virtual cards through pcscd/vpcd, image-sequence cameras, the paired
/// TLS link, the terminal, the emulator): sessions alternate face and PIN, every consent is answered at once. Prints
/// each stage's times, the face and PIN totals (method chosen → completion screen) and the relay time (the terminal's
/// part of a session: qualification and completion, request in → answer out).
/// </summary>
public static class EndToEndBenchmark
{
    // the holder of img1.jpg (the chip photo) on the face camera
    private static readonly string[] CameraFrames = ["img2.jpg", "img4.jpg", "img5.jpg", "img6.jpg", "img7.jpg", "img10.jpg"];

    public static async Task<int> RunAsync(string[] args)
    {
        int readers = Option(args, "--readers", 1);
        int sessions = Option(args, "--sessions", 10);
        // a patient reads the method screen before tapping; the reader reads the card face meanwhile
        var choiceDelay = TimeSpan.FromMilliseconds(Option(args, "--choice-ms", 1500));
        // face and PIN alternate; one method alone shows the terminal's scaling without the vision load of the other
        string methods = OptionText(args, "--method", "mixed");
        // the reader's early card-face OCR; off, PIN-only runs leave the CPU to the terminal whose scaling they measure
        string earlyOcr = OptionText(args, "--early-ocr", "on");
        // 0: every reader's patient places the card at the same moment (the worst case: all relays arrive together);
        // more: each patient arrives a random 0..N ms after the previous one left, as patients at a clinic do
        int arrivalSpread = Option(args, "--arrival-spread-ms", 0);
        // sessions per reader run before the counted ones: the first of a process pay for JIT, model loading and the
        // first TLS handshakes, and the runtime keeps recompiling hot methods for a while after
        int warmUp = Option(args, "--warm-up", 2);
        if (readers < 1 || sessions < 1 || choiceDelay < TimeSpan.Zero || methods is not ("mixed" or "face" or "pin")
            || earlyOcr is not ("on" or "off") || arrivalSpread < 0 || warmUp < 0) return Usage();
        string state = Path.Combine(Path.GetTempPath(), "mynagate-bench-" + Guid.NewGuid().ToString("N")[..8]);
        string shared = Environment.GetEnvironmentVariable("MYNAGATE_STATE") is { Length: > 0 } s ? s : ".state";
        string photo = Path.Combine(Environment.GetEnvironmentVariable("MYNAGATE_SHARED") ?? "../shared", "datasets", "deepface-unit", "img1.jpg");
        byte[][] frames = [.. CameraFrames.Select(n => File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(photo)!, n)))];

        using var slots = await VpcdLock.AcquireAsync(shared, TimeSpan.FromMinutes(10)).ConfigureAwait(false);
        var relay = new ConcurrentDictionary<string, double>();
        var outcomes = new ConcurrentBag<SessionOutcome>();
        try
        {
            await using var chain = await LocalChain.StartAsync(new ChainOptions
            {
                StateDirectory = state,
                Readers = readers,
                Flow = new FlowOptions { ReadCardFaceOnPlacement = earlyOcr == "on" },
            }).ConfigureAwait(false);
            chain.Terminal.Relay.Relayed += (_, request, time) => relay.AddOrUpdate(request.SessionId, time.TotalMilliseconds, (_, sum) => sum + time.TotalMilliseconds);
            var cards = new List<Card.Virtual.Engine.VirtualMyNumberCard>();
            for (int r = 0; r < readers; r++) cards.Add(await chain.CardAsync(500 + r, photo).ConfigureAwait(false));

            Console.WriteLine($"e2e bench: {readers} reader(s) × {sessions} session(s), {methods} methods, chosen after {choiceDelay.TotalMilliseconds:F0} ms, early card-face OCR {earlyOcr}, arrivals spread over {arrivalSpread} ms, {warmUp} warm-up session(s) per reader not counted, {Environment.ProcessorCount} cores");
            await Task.WhenAll(Enumerable.Range(0, readers).Select(r => Task.Run(async () =>
            {
                var arrivals = new Random(r);
                for (int i = -warmUp; i < sessions; i++)
                {
                    if (i >= 0 && arrivalSpread > 0) await Task.Delay(arrivals.Next(arrivalSpread)).ConfigureAwait(false);
                    var outcome = await RunSessionAsync(chain.Readers[r], cards[r], 500 + r, frames, choiceDelay,
                        MethodOf(methods, i)).ConfigureAwait(false);
                    if (i >= 0) outcomes.Add(outcome);
                }
            }))).ConfigureAwait(false);
        }
        finally
        {
            Directory.Delete(state, recursive: true);
        }

        Print(readers, [.. outcomes], relay);
        return 0;
    }

    private static async Task<SessionOutcome> RunSessionAsync(ChainReader reader, Card.Virtual.Engine.VirtualMyNumberCard card, int seed,
        byte[][] frames, TimeSpan choiceDelay, AuthenticationMethod method)
    {
        void Answer(FlowScreen screen)
        {
            switch (screen.State)
            {
                case FlowState.MethodChoice when screen.ErrorCode is null:
                    _ = Task.Delay(choiceDelay).ContinueWith(_ => reader.Flow.Send(new ChooseMethod(method)), TaskScheduler.Default);
                    break;
                case FlowState.PinEntry when screen.DigitsEntered == 0:
                    foreach (char digit in card.Image.Persona.Pin) reader.Flow.Send(new PadKey(screen.PadLayout!.ToList().IndexOf(digit - '0')));
                    reader.Flow.Send(new PadSubmit());
                    break;
                case FlowState.Consent:
                    reader.Flow.Send(new Answer(true));
                    break;
                case FlowState.MethodChoice or FlowState.FaceRetry or FlowState.LowerMask:
                    reader.Flow.Send(new Cancel());
                    break;
            }
        }
        reader.Flow.ScreenChanged += Answer;
        try
        {
            await reader.InsertAsync(card, seed, frames).ConfigureAwait(false);
            return await reader.NextOutcomeAsync(TimeSpan.FromSeconds(120)).ConfigureAwait(false);
        }
        finally
        {
            reader.Flow.ScreenChanged -= Answer;
            await reader.RemoveAsync().ConfigureAwait(false);
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

    private static AuthenticationMethod MethodOf(string methods, int session) => methods switch
    {
        "face" => AuthenticationMethod.Face,
        "pin" => AuthenticationMethod.Pin,
        _ => session % 2 == 0 ? AuthenticationMethod.Face : AuthenticationMethod.Pin,
    };

    private static string OptionText(string[] args, string name, string fallback)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }

    private static int Option(string[] args, string name, int fallback) =>
        int.TryParse(OptionText(args, name, ""), CultureInfo.InvariantCulture, out int value) ? value : fallback;

    private static int Usage()
    {
        Console.Error.WriteLine("usage: ./mynagate bench e2e [--readers R] [--sessions S] [--choice-ms MS] [--method mixed|face|pin] [--early-ocr on|off] [--arrival-spread-ms MS] [--warm-up N]");
        return 2;
    }
}
