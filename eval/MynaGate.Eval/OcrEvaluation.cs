using System.Collections.Concurrent;
using System.Diagnostics;
using MynaGate.Card.Virtual.Personas;
using MynaGate.Ocr.CardFace;
using MynaGate.Ocr.Paddle;
using MynaGate.Ocr.Synthetic;
using MynaGate.Ocr.Tesseract;
using MynaGate.Vision.Imaging;
using MynaGate.Vision.Models;

namespace MynaGate.Eval;

/// <summary>
/// ./mynagate eval ocr: card fronts of generated personas photographed by the synthetic camera, read the way the
/// reader reads them (frames until two agree, chip expiry cross-checked, at most MaxFrames). Cards cycle through four
/// kinds — two tuning layouts in tuning fonts, the held-out layout, held-out font families — and two geometries (the
/// tray camera, a hand-held card). Reported per font family and per kind: the first frame alone (correct, abstained,
/// wrong) and the reader's decision within its frame budget. A wrong code would have cost a card try.
/// </summary>
internal static class OcrEvaluation
{
    public static int Run(EvalArguments args)
    {
        int count = args.GetInt("count", 200, 1, 100_000);
        int seed = args.GetInt("seed", 1, 0, int.MaxValue / 4);
        bool useChip = !args.Has("no-chip");
        // one card at a time is the reader's case (one frame at a time, the other core the face engine's); the default
        // keeps both cores busy, which makes every frame slower
        int parallel = args.GetInt("parallel", Environment.ProcessorCount, 1, 64);
        var options = CardFaceReadingOptions.Default;

        using var tuningFonts = SyntheticFonts.Load(FontSet.Tuning);
        using var heldOutFonts = SyntheticFonts.Load(FontSet.HeldOut);
        using var pool = new TesseractPool();
        using var paddle = PaddleTextRecognizer.Load(ModelDirectory.Resolve());
        var tuning = new CardFaceRenderer(tuningFonts);
        var heldOut = new CardFaceRenderer(heldOutFonts);
        using var orientation = PaddleOrientation.Load(ModelDirectory.Resolve());
        var reader = new CardFaceFrameReader(pool, paddle, orientation, options);
        var today = PersonaGenerator.DefaultReferenceDate;
        var results = new ConcurrentBag<CardResult>();

        Progress.Stage("ocr", $"{count} cards");
        int done = 0;
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallel }, i =>
        {
            Progress.Step("ocr", "cards begun", ref done, count);
            int cardSeed = seed + i;
            var kind = (CardKind)(i % 4);
            bool tray = (i / 4) % 2 == 0;
            var fonts = kind == CardKind.HeldOutFont ? heldOutFonts : tuningFonts;
            int font = kind == CardKind.HeldOutFont ? i / 4 : new Random(cardSeed).Next(fonts.Count);
            var layout = kind switch { CardKind.Compact => CardFaceLayoutVariant.Compact, CardKind.HeldOutLayout => CardFaceLayoutVariant.Spacious, _ => CardFaceLayoutVariant.Standard };
            var persona = PersonaGenerator.Generate(cardSeed, today);
            var truth = CardFaceRenderer.Truth(persona);
            using var card = (kind == CardKind.HeldOutFont ? heldOut : tuning).Render(persona, null, cardSeed, font, layout);
            var session = new VerificationCodeBReader(reader, remainingTries: 10, useChip ? persona.CardExpiry : null, today, options);
            var frameMs = new List<double>();
            var frameIssues = new List<CardFaceIssue>();
            Verdict first = Verdict.Abstained;
            for (int frame = 0; session.Outcome is null; frame++)
            {
                var (jpeg, _) = SyntheticCamera.Capture(card, tray ? CameraEffects.Tray : CameraEffects.Default, FrameSeed(cardSeed, frame));
                var watch = Stopwatch.StartNew();
                using var image = VisionImage.Decode(jpeg, ImageLimits.Default);
                var raw = session.Offer(image);
                frameMs.Add(watch.Elapsed.TotalMilliseconds);
                frameIssues.Add(raw.Issue);
                // the frame reader's own answer: a frame the chip's expiry refused counts as abstained
                if (frame == 0) first = raw.Issue == CardFaceIssue.None ? Judge(raw.Fields, truth) : Verdict.Abstained;
            }

            results.Add(new CardResult(kind, tray, fonts.Describe(font), first, Judge(session.Outcome.Fields, truth), session.Outcome, truth, frameMs, frameIssues));
        });

        Print([.. results], count, seed, useChip, parallel, options);
        return 0;
    }

    private static Verdict Judge(CardFaceFields? fields, CardFaceTruth truth) =>
        fields is null ? Verdict.Abstained
        : fields.BirthDate == truth.BirthDate && fields.Expiry.Year == truth.Expiry.Year && fields.SecurityCode.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) == truth.SecurityCode ? Verdict.Correct
        : Verdict.Wrong;

    private static void Print(CardResult[] results, int count, int seed, bool useChip, int parallel, CardFaceReadingOptions options)
    {
        static double Pct(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;
        var frames = results.SelectMany(r => r.FrameIssues).ToArray();
        var frameMs = results.SelectMany(r => r.FrameMs).ToArray();

        Console.WriteLine($"card-face OCR: {count} generated cards from seed {seed}; chip expiry cross-check: {(useChip ? "on" : "off")}; " +
            $"engines: PP-OCRv4 read, Tesseract confirms; {options.AgreeingFrames} agreeing frames, at most {options.MaxFrames}");
        Console.WriteLine("cards cycle: standard layout, compact layout (tuning fonts), spacious layout (held out), held-out font families; " +
            "geometry alternates every four cards: tray camera, hand-held");
        Console.WriteLine();
        Console.WriteLine("frame issues (every frame read)                       frames");
        foreach (var group in frames.GroupBy(f => f).OrderByDescending(g => g.Count()))
        {
            Console.WriteLine($"  {CardFaceIssueText.Describe(group.Key),-52} {group.Count(),6}  {Pct(group.Count(), frames.Length),5:F1}%");
        }

        Console.WriteLine();
        Console.WriteLine("                                     cards   first frame alone           reader's decision            frames");
        Console.WriteLine("                                             correct abstain wrong     correct abstain wrong     per card");
        void Row(string name, IEnumerable<CardResult> rows)
        {
            var r = rows.ToArray();
            if (r.Length == 0) return;
            int C(Func<CardResult, Verdict> pick, Verdict v) => r.Count(x => pick(x) == v);
            Console.WriteLine($"  {name,-34} {r.Length,5}   {Pct(C(x => x.First, Verdict.Correct), r.Length),6:F1}% {Pct(C(x => x.First, Verdict.Abstained), r.Length),6:F1}% {C(x => x.First, Verdict.Wrong),4}    " +
                $"{Pct(C(x => x.Final, Verdict.Correct), r.Length),6:F1}% {Pct(C(x => x.Final, Verdict.Abstained), r.Length),6:F1}% {C(x => x.Final, Verdict.Wrong),4}     {r.Average(x => x.Outcome.FramesRead),5:F2}");
        }

        foreach (var family in results.GroupBy(r => (r.Face.Family, HeldOut: r.Kind == CardKind.HeldOutFont)).OrderBy(g => g.Key.HeldOut).ThenBy(g => g.Key.Family, StringComparer.Ordinal))
        {
            Row($"{family.Key.Family}{(family.Key.HeldOut ? " (held out)" : "")}", family);
        }

        Console.WriteLine();
        Row("standard layout, tuning fonts", results.Where(r => r.Kind == CardKind.Standard));
        Row("compact layout, tuning fonts", results.Where(r => r.Kind == CardKind.Compact));
        Row("held-out layout (spacious)", results.Where(r => r.Kind == CardKind.HeldOutLayout));
        Row("held-out font families", results.Where(r => r.Kind == CardKind.HeldOutFont));
        Row("tray camera", results.Where(r => r.Tray));
        Row("hand-held", results.Where(r => !r.Tray));
        Row("all cards", results);
        Console.WriteLine();

        var answered = results.Where(r => r.Outcome.Ready).ToArray();
        int abstained = results.Length - answered.Length;
        foreach (var group in results.Where(r => !r.Outcome.Ready).GroupBy(r => r.Outcome.Issue).OrderByDescending(g => g.Count()))
        {
            Console.WriteLine($"  abstained: {CardFaceIssueText.Describe(group.Key),-45} {group.Count(),5}");
        }

        var cardMs = results.Select(r => r.FrameMs.Sum()).ToArray();
        Console.WriteLine($"  ms per frame p50 {Percentile.Of(frameMs, 50):F0}  p95 {Percentile.Of(frameMs, 95):F0}; per card p50 {Percentile.Of(cardMs, 50):F0}  p95 {Percentile.Of(cardMs, 95):F0}  (decode and read, {parallel} of {Environment.ProcessorCount} cores reading)");
        Console.WriteLine();

        int birth = answered.Count(r => r.Outcome.Fields!.BirthDate == r.Truth.BirthDate);
        int expiry = answered.Count(r => r.Outcome.Fields!.Expiry == r.Truth.Expiry);
        int code = answered.Count(r => r.Final == Verdict.Correct);
        var held = results.Where(r => r.Kind is CardKind.HeldOutFont or CardKind.HeldOutLayout).ToArray();
        Console.WriteLine($"ocr-eval birth_acc={Pct(birth, answered.Length):F2} expiry_acc={Pct(expiry, answered.Length):F2} code_acc={Pct(code, answered.Length):F2} " +
            $"abstain={Pct(abstained, results.Length):F2} wrong_codes={answered.Length - code} ms_p95={Percentile.Of(cardMs, 95):F0} " +
            $"single_frame_acc={Pct(results.Count(r => r.First == Verdict.Correct), results.Length):F2} heldout_acc={Pct(held.Count(r => r.Final == Verdict.Correct), held.Length):F2}");
    }

    // HashCode.Combine is salted per process; frames must be the same in every run
    private static int FrameSeed(int cardSeed, int frame) => unchecked((cardSeed * 7919) + frame);

    private enum CardKind { Standard, Compact, HeldOutLayout, HeldOutFont }

    private enum Verdict { Correct, Abstained, Wrong }

    private sealed record CardResult(
        CardKind Kind, bool Tray, FontFace Face, Verdict First, Verdict Final, VerificationCodeBOutcome Outcome, CardFaceTruth Truth,
        List<double> FrameMs, List<CardFaceIssue> FrameIssues);
}
