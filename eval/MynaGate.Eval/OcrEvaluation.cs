using System.Collections.Concurrent;
using System.Diagnostics;
using MynaGate.Card.Virtual.Personas;
using MynaGate.Ocr.CardFace;
using MynaGate.Ocr.Synthetic;
using MynaGate.Ocr.Tesseract;
using MynaGate.Vision.Imaging;

namespace MynaGate.Eval;

/// <summary>
/// ./mynagate eval ocr: card fronts of generated personas photographed by the synthetic camera, read the way the
/// reader reads them (frames until two agree, chip expiry cross-checked, at most MaxFrames). Per-field accuracy is
/// over the cards the reader answered; abstentions are counted apart; a wrong code would have cost a card try.
/// </summary>
internal static class OcrEvaluation
{
    public static int Run(EvalArguments args)
    {
        int count = args.GetInt("count", 200, 1, 100_000);
        int seed = args.GetInt("seed", 1, 0, int.MaxValue / 4);
        bool useChip = !args.Has("no-chip");
        var options = CardFaceReadingOptions.Default;

        using var fonts = SyntheticFonts.Load();
        using var pool = new TesseractPool();
        var renderer = new CardFaceRenderer(fonts);
        var reader = new CardFaceFrameReader(pool, options);
        var today = PersonaGenerator.DefaultReferenceDate;
        var results = new ConcurrentBag<CardResult>();
        var frameFields = new ConcurrentBag<(bool Birth, bool Expiry, bool Code, CardFaceIssue Issue)>();

        Progress.Stage("ocr", $"{count} cards");
        int done = 0;
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            Progress.Step("ocr", "cards begun", ref done, count);
            int cardSeed = seed + i;
            var persona = PersonaGenerator.Generate(cardSeed, today);
            var truth = CardFaceRenderer.Truth(persona);
            using var card = renderer.Render(persona, null, cardSeed);
            var session = new VerificationCodeBReader(reader, remainingTries: 10, useChip ? persona.CardExpiry : null, today, options);
            double ms = 0;
            for (int frame = 0; session.Outcome is null; frame++)
            {
                var (jpeg, _) = SyntheticCamera.Capture(card, CameraEffects.Default, FrameSeed(cardSeed, frame));
                var watch = Stopwatch.StartNew();
                using var image = VisionImage.Decode(jpeg, ImageLimits.Default);
                var raw = session.Offer(image);
                ms += watch.Elapsed.TotalMilliseconds;
                frameFields.Add((raw.Fields?.BirthDate == truth.BirthDate, raw.Fields?.Expiry == truth.Expiry, raw.Fields?.SecurityCode == truth.SecurityCode, raw.Issue));
            }

            results.Add(new CardResult(session.Outcome, truth, ms));
        });

        Print(results.ToArray(), frameFields.ToArray(), count, seed, useChip);
        return 0;
    }

    private static void Print(CardResult[] results, (bool Birth, bool Expiry, bool Code, CardFaceIssue Issue)[] frames, int count, int seed, bool useChip)
    {
        var answered = results.Where(r => r.Outcome.Ready).ToArray();
        int abstained = results.Length - answered.Length;
        double Pct(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;
        int birth = answered.Count(r => r.Outcome.Fields!.BirthDate == r.Truth.BirthDate);
        int expiry = answered.Count(r => r.Outcome.Fields!.Expiry == r.Truth.Expiry);
        int code = answered.Count(r => r.Outcome.Fields!.BirthDate == r.Truth.BirthDate && r.Outcome.Fields.Expiry.Year == r.Truth.Expiry.Year && r.Outcome.Fields.SecurityCode == r.Truth.SecurityCode);
        var ms = results.Select(r => r.Milliseconds).ToArray();

        Console.WriteLine($"card-face OCR: {count} generated cards from seed {seed}, camera effects: default; chip expiry cross-check: {(useChip ? "on" : "off")}");
        Console.WriteLine();
        Console.WriteLine("per frame (one camera frame, before agreement)   frames  birth   expiry  code");
        Console.WriteLine($"  read and correct                               {frames.Length,6}  {Pct(frames.Count(f => f.Birth), frames.Length),5:F1}%  {Pct(frames.Count(f => f.Expiry), frames.Length),5:F1}%  {Pct(frames.Count(f => f.Code), frames.Length),5:F1}%");
        foreach (var group in frames.GroupBy(f => f.Issue).OrderByDescending(g => g.Count()))
        {
            Console.WriteLine($"  frame issue {group.Key,-28} {group.Count(),6}  {Pct(group.Count(), frames.Length),5:F1}%");
        }

        Console.WriteLine();
        Console.WriteLine("per card (reader's decision)");
        Console.WriteLine($"  answered {answered.Length}, abstained {abstained} ({Pct(abstained, results.Length):F2}%), frames per card mean {(double)frames.Length / results.Length:F2}");
        foreach (var group in results.Where(r => !r.Outcome.Ready).GroupBy(r => r.Outcome.Issue).OrderByDescending(g => g.Count()))
        {
            Console.WriteLine($"  abstained: {CardFaceIssueText.Describe(group.Key),-45} {group.Count(),5}");
        }

        Console.WriteLine($"  ms per card p50 {Percentile.Of(ms, 50):F0}  p95 {Percentile.Of(ms, 95):F0}  (OCR of all frames read, {Environment.ProcessorCount} cards in parallel)");
        Console.WriteLine();
        Console.WriteLine($"ocr-eval birth_acc={Pct(birth, answered.Length):F2} expiry_acc={Pct(expiry, answered.Length):F2} code_acc={Pct(code, answered.Length):F2} abstain={Pct(abstained, results.Length):F2} wrong_codes={answered.Length - code} ms_p95={Percentile.Of(ms, 95):F0}");
    }

    // HashCode.Combine is salted per process; frames must be the same in every run
    private static int FrameSeed(int cardSeed, int frame) => unchecked((cardSeed * 7919) + frame);

    private sealed record CardResult(VerificationCodeBOutcome Outcome, CardFaceTruth Truth, double Milliseconds);
}
