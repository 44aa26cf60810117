using System.Text.Json;
using MynaGate.Card.Virtual;
using MynaGate.Card.Virtual.Engine;
using MynaGate.Chain;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Reader.Flow;
using MynaGate.Site;

namespace MynaGate.Bench;

/// <summary>
/// The readers' side of <c>bench e2e</c>, started by the site process (<see cref="EndToEndBenchmark"/>) in a process
/// of its own: starts the readers, has the site pair them, then plays every reader's patients. Talks to the site by
/// lines on its standard streams: it writes <c>pair &lt;address&gt; &lt;code&gt;</c> per reader, then <c>ready</c>,
/// waits for <c>go</c>, and writes <c>outcome &lt;json&gt;</c> per counted session.
/// </summary>
public static class ReaderProcess
{
    public const string Command = "e2e-readers";

    // the holder of img1.jpg (the chip photo) on the face camera
    internal static readonly string[] CameraFrames = ["img2.jpg", "img4.jpg", "img5.jpg", "img6.jpg", "img7.jpg", "img10.jpg"];

    public static async Task<int> RunAsync(string state, EndToEndSettings settings)
    {
        string photo = EndToEndBenchmark.ChipPhoto();
        byte[][] frames = [.. CameraFrames.Select(n => File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(photo)!, n)))];
        var provisioner = new VirtualCardProvisioner(new SiteLayout(state).VirtualCards);
        var options = new ChainOptions
        {
            StateDirectory = state,
            Readers = settings.Readers,
            // no screen watches the live preview here: its frames are not encoded for one
            Flow = new FlowOptions { ReadCardFaceOnPlacement = settings.EarlyOcr, LivePreview = false },
        };
        var readers = await ChainReaders.StartAsync(options).ConfigureAwait(false);
        await using (readers.ConfigureAwait(false))
        {
            foreach (var reader in readers.All) Console.WriteLine($"pair {reader.Server.Address} {reader.Pairing.Code}");
            Console.WriteLine("ready");
            if (await Console.In.ReadLineAsync().ConfigureAwait(false) != "go") return 1;

            // the site issued and enrolled these cards before it started this process
            var cards = Enumerable.Range(0, settings.Readers).Select(r => provisioner.LoadOrIssue(EndToEndBenchmark.Seed(r), photo)).ToList();
            await Task.WhenAll(Enumerable.Range(0, settings.Readers).Select(r => Task.Run(async () =>
            {
                var arrivals = new Random(r);
                for (int i = -settings.WarmUp; i < settings.Sessions; i++)
                {
                    if (i >= 0 && settings.ArrivalSpreadMs > 0) await Task.Delay(arrivals.Next(settings.ArrivalSpreadMs)).ConfigureAwait(false);
                    var outcome = await RunSessionAsync(readers.All[r], cards[r], EndToEndBenchmark.Seed(r), frames, settings.ChoiceDelay,
                        settings.MethodOf(i)).ConfigureAwait(false);
                    if (i >= 0) Console.WriteLine("outcome " + JsonSerializer.Serialize(outcome));
                }
            }))).ConfigureAwait(false);
        }
        return 0;
    }

    private static async Task<SessionOutcome> RunSessionAsync(ChainReader reader, VirtualMyNumberCard card, int seed,
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
                case FlowState.PrescriptionChoice:
                    reader.Flow.Send(new ChoosePrescription(PrescriptionIssue.Electronic));
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
            // the next patient places a card once the reader is idle again: a card pulled and placed again before
            // pcscd polls the slot is, to the reader, a card that never left (it would wait for its removal forever)
            await reader.WaitForAsync(FlowState.Idle, TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        }
    }
}
