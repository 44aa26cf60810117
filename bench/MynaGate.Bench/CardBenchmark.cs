using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using MynaGate.Card.MyNumber;
using MynaGate.Card.Pcsc;
using MynaGate.Card.Secrets;
using MynaGate.Card.Virtual;
using MynaGate.Card.Virtual.Vpcd;

namespace MynaGate.Bench;

/// <summary>
/// Card operations through pcscd and vpcd, timed per run: the user-auth certificate read, 照合番号B VERIFY plus the
/// card-face record read, and PIN VERIFY plus a signature. Each run starts from another application selected, so
/// the AP selection is part of what is timed, as in a patient session.
/// </summary>
public static class CardBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        int runs = 50;
        if (args is ["--runs", var n]) runs = int.Parse(n, CultureInfo.InvariantCulture);
        else if (args.Length > 0) return 2;

        var provisioner = new VirtualCardProvisioner(Path.Combine(
            Environment.GetEnvironmentVariable("MYNAGATE_STATE") is { Length: > 0 } s ? s : ".state", "bench"));
        var virtualCard = provisioner.Reissue(9001, VirtualCardProvisioner.DatasetPhoto(9001));
        var persona = virtualCard.Image.Persona;

        using var context = PcscContext.Establish();
        string reader = VpcdReaders.ForPort(context, VpcdSlot.FirstPort);
        using var monitor = new CardPresenceMonitor(r => r == reader);
        monitor.Wait(TimeSpan.Zero);
        await using var slot = new VpcdSlot();
        await slot.InsertAsync(virtualCard);
        monitor.WaitFor(ReaderEventKind.CardInserted, TimeSpan.FromSeconds(10));

        using var connection = context.Connect(reader, ShareMode.Exclusive, CardDisposition.Unpower);
        var card = MyNumberCard.Open(connection);
        byte[] challenge = RandomNumberGenerator.GetBytes(32);

        var results = new List<Result>
        {
            Measure("certificate read (JPKI 000A)", card, runs, () => card.Jpki.ReadAuthenticationCertificate().Dispose()),
            Measure("照合番号B VERIFY + card-face record", card, runs, () =>
            {
                using (var code = CardSecret.Digits(persona.VerificationCodeB, 14)) card.CardFace.VerifyCodeB(code);
                card.CardFace.ReadCardFace().Dispose();
            }),
            Measure("PIN VERIFY + signature", card, runs, () =>
            {
                using (var pin = CardSecret.Digits(persona.Pin, 4)) card.Jpki.VerifyAuthenticationPin(pin);
                card.Jpki.SignWithAuthenticationKey(challenge);
            }),
        };

        Console.WriteLine($"card benchmark: {runs} runs each, virtual card through pcscd + vpcd (reader \"{reader}\"), protocol {connection.Protocol}; {BuildInfo.Header}");
        Console.WriteLine($"{"operation",-36} {"APDUs",6} {"bytes",7} {"p50 ms",8} {"p95 ms",8} {"max ms",8}");
        foreach (var r in results)
            Console.WriteLine($"{r.Name,-36} {r.Apdus,6} {r.Bytes,7} {r.P50,8:F1} {r.P95,8:F1} {r.Max,8:F1}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"card-bench cert_p95_ms={results[0].P95:F1} cardface_p95_ms={results[1].P95:F1} pin_sign_p95_ms={results[2].P95:F1}"));
        return 0;
    }

    private sealed record Result(string Name, int Apdus, long Bytes, double P50, double P95, double Max);

    private static Result Measure(string name, MyNumberCard card, int runs, Action operation)
    {
        const int warmUp = 3;
        var times = new List<double>();
        int apdus = 0;
        long bytes = 0;
        for (int i = 0; i < warmUp + runs; i++)
        {
            card.Session.SelectApplication(CommonApplication.Aid);
            int apdusBefore = card.Session.ApduCount;
            long bytesBefore = card.Session.ByteCount;
            long start = Stopwatch.GetTimestamp();
            operation();
            double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (i < warmUp) continue;
            times.Add(ms);
            apdus = card.Session.ApduCount - apdusBefore;
            bytes = card.Session.ByteCount - bytesBefore;
        }
        times.Sort();
        return new Result(name, apdus, bytes, Percentile.Of(times, 0.50), Percentile.Of(times, 0.95), times[^1]);
    }

    // nearest-rank percentile
}
