using MynaGate.Card.Virtual.Engine;
using MynaGate.Chain;

namespace MynaGate.Bench.Soak;

/// <summary>What a soak session plays; the faults beside them come from <see cref="SoakBenchmark"/>.</summary>
internal enum SoakScenario
{
    Pin,
    Face,
    WrongPin,
    Impostor,
    PulledCard,
}

/// <summary>How a soak session ended: completed, with a code, or stuck (no end within the limit).</summary>
internal sealed record SoakOutcome(bool Completed, string? ErrorCode, bool Stuck);

/// <summary>
/// One patient at a deployed reader, through its kiosk as a person would: places the card (the cameras showing its
/// face and the patient's), answers each screen as the scenario says, and takes the card when the reader is done.
/// </summary>
internal sealed class SoakPatient(DeployedReader reader, KioskDriver kiosk, VirtualMyNumberCard card, int seed, byte[] chipPhoto, Random random)
{
    private static readonly TimeSpan SessionLimit = TimeSpan.FromSeconds(90);

    public async Task<SoakOutcome> PlayAsync(SoakScenario scenario, IReadOnlyList<byte[]> faceFrames, CancellationToken ct)
    {
        string? pullAt = scenario == SoakScenario.PulledCard ? new[] { "methodchoice", "pinentry", "consent" }[random.Next(3)] : null;
        bool face = scenario is SoakScenario.Face or SoakScenario.Impostor;
        int entries = 0;
        var persona = card.Image.Persona;
        reader.Cameras.Show(persona, seed, faceFrames, chipPhoto);
        await reader.Slot.InsertAsync(card, cancellationToken: ct).ConfigureAwait(false);
        try
        {
            var until = DateTime.UtcNow + SessionLimit;
            KioskScreen? screen = null;
            bool left = false;
            while (DateTime.UtcNow < until)
            {
                if (await kiosk.NextAsync(screen, until - DateTime.UtcNow, ct).ConfigureAwait(false) is not { } next) break;
                screen = next;
                if (screen.State != "idle") left = true;
                if (screen.State == pullAt) return new SoakOutcome(false, "E101", false);
                switch (screen.State)
                {
                    case "completed":
                        return new SoakOutcome(true, null, false);
                    case "error":
                        return new SoakOutcome(false, screen.ErrorCode ?? "?", false);
                    case "idle" when left:
                        // the session ended without a screen of its own (it went by between two reads)
                        return new SoakOutcome(false, "ended", false);
                    case "methodchoice" when !screen.Warning:
                        await kiosk.TapAsync(screen, "method", face ? "Face" : "Pin", ct).ConfigureAwait(false);
                        break;
                    // back at the choice after a wrong PIN: the patient tries again with the right one
                    case "methodchoice" when scenario == SoakScenario.WrongPin && entries == 1:
                        await kiosk.TapAsync(screen, "method", "Pin", ct).ConfigureAwait(false);
                        break;
                    case "faceretry" when scenario == SoakScenario.Impostor:
                        await kiosk.TapAsync(screen, "retry", null, ct).ConfigureAwait(false);
                        break;
                    case "pinentry" when screen.Digits == 4:
                        await kiosk.TapAsync(screen, "submit", null, ct).ConfigureAwait(false);
                        break;
                    case "pinentry":
                        // a wrong PIN first costs one try; the right one after it gives the try back
                        if (screen.Digits == 0) entries++;
                        string pin = scenario == SoakScenario.WrongPin && entries == 1 ? Wrong(persona.Pin) : persona.Pin;
                        await kiosk.TapAsync(screen, "key", screen.Keys[pin[screen.Digits]], ct).ConfigureAwait(false);
                        break;
                    case "consent" when screen.Individual && random.Next(3) == 0:
                        await kiosk.TapAsync(screen, "individual", null, ct).ConfigureAwait(false);
                        break;
                    case "consent":
                        await kiosk.TapAsync(screen, "answer", random.Next(2) == 0 ? "true" : "false", ct).ConfigureAwait(false);
                        break;
                    case "prescriptionchoice":
                        await kiosk.TapAsync(screen, "prescription", random.Next(2) == 0 ? "Electronic" : "Paper", ct).ConfigureAwait(false);
                        break;
                    case "methodchoice" or "faceretry" or "lowermask" or "paperchoice" or "visualcheck":
                        await kiosk.TapAsync(screen, "cancel", null, ct).ConfigureAwait(false);
                        break;
                }
            }
            // what the patient last saw, for whoever reads why a session stuck (a state and a code, nothing personal)
            var last = await kiosk.ReadAsync(ct).ConfigureAwait(false);
            Console.Error.WriteLine($"soak: reader {reader.Id} stuck on {last.State} ({scenario}, code {last.ErrorCode ?? "-"}, warning {last.WarningText ?? "-"}, vpcd connected {reader.Slot.IsInserted}, PC/SC {SlotState()})");
            return new SoakOutcome(false, null, true);
        }
        finally
        {
            await reader.Slot.RemoveAsync().ConfigureAwait(false);
            await WaitForIdleAsync(ct).ConfigureAwait(false);
        }
    }

    // the next patient finds the reader at its first screen again, or the soak says it stuck
    private async Task WaitForIdleAsync(CancellationToken ct)
    {
        var until = DateTime.UtcNow + SessionLimit;
        KioskScreen? screen = null;
        while (DateTime.UtcNow < until)
        {
            screen = await kiosk.NextAsync(screen, until - DateTime.UtcNow, ct).ConfigureAwait(false);
            if (screen is null || screen.State == "idle") return;
        }
    }

    private string SlotState()
    {
        using var context = MynaGate.Card.Pcsc.PcscContext.Establish();
        var state = new MynaGate.Card.Pcsc.ReaderState(MynaGate.Card.Virtual.Vpcd.VpcdReaders.ForPort(context, reader.Slot.Port));
        context.GetStatusChange([state], TimeSpan.Zero);
        return state.EventState.ToString();
    }

    private static string Wrong(string pin) => string.Concat(pin.Select(d => (char)('0' + (d - '0' + 1) % 10)));
}
