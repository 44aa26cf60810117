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
/// reader reads them (frames until two agree, the chip's expiry given, at most MaxFrames). Every card's layout is
/// drawn at random within its family. Cards cycle through five kinds — the three tuning layout families in tuning
/// fonts, a held-out layout family (the two alternate) in tuning fonts, held-out font families in tuning layouts — and
/// two geometries (the tray camera, a hand-held card); every 25th card is a foreign resident's (birth date in 西暦),
/// on which the reader must abstain. Reported per font family, per layout family and per kind: the first frame alone
/// (correct, abstained, wrong) and the reader's decision within its frame budget. A wrong code would have cost a try.
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
        using var detector = PaddleTextDetector.Load(ModelDirectory.Resolve());
        var reader = new CardFaceFrameReader(pool, detector, paddle, orientation, options);
        var today = PersonaGenerator.DefaultReferenceDate;
        var results = new ConcurrentBag<CardResult>();

        Progress.Stage("ocr", $"{count} cards");
        int done = 0;
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallel }, i =>
        {
            Progress.Step("ocr", "cards begun", ref done, count);
            int cardSeed = seed + i;
            var kind = i % 25 == 24 ? CardKind.ForeignResident : (CardKind)(i % 5);
            bool tray = (i / 5) % 2 == 0;
            var fonts = kind == CardKind.HeldOutFont ? heldOutFonts : tuningFonts;
            int font = kind == CardKind.HeldOutFont ? i / 5 % fonts.Count : new Random(cardSeed).Next(fonts.Count);
            var family = kind switch
            {
                CardKind.Classic => CardFaceLayoutFamily.Classic,
                CardKind.Tight => CardFaceLayoutFamily.Tight,
                CardKind.Airy => CardFaceLayoutFamily.Airy,
                CardKind.HeldOutLayout => CardFaceLayoutFamilies.HeldOut[i / 5 % CardFaceLayoutFamilies.HeldOut.Length],
                _ => CardFaceLayoutFamilies.Tuning[i / 5 % CardFaceLayoutFamilies.Tuning.Length],
            };
            var persona = PersonaGenerator.Generate(cardSeed, today);
            var truth = CardFaceRenderer.Truth(persona);
            using var card = (kind == CardKind.HeldOutFont ? heldOut : tuning).Render(persona, null, cardSeed, font, family, kind == CardKind.ForeignResident);
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
                if (frame == 0) first = raw.Issue == CardFaceIssue.None ? Judge(raw.Fields, truth, kind) : Verdict.Abstained;
            }

            results.Add(new CardResult(kind, family, tray, fonts.Describe(font), first, Judge(session.Outcome.Fields, truth, kind), session.Outcome, truth, frameMs, frameIssues));
        });

        Print([.. results], count, seed, useChip, parallel, options);
        return 0;
    }

    // any code for a foreign resident's card is a guess: its 照合番号B rule is not known
    private static Verdict Judge(CardFaceFields? fields, CardFaceTruth truth, CardKind kind) =>
        fields is null ? Verdict.Abstained
        : kind == CardKind.ForeignResident ? Verdict.Wrong
        : fields.BirthDate == truth.BirthDate && fields.Expiry.Year == truth.Expiry.Year && fields.SecurityCode.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) == truth.SecurityCode ? Verdict.Correct
        : Verdict.Wrong;

    private static void Print(CardResult[] results, int count, int seed, bool useChip, int parallel, CardFaceReadingOptions options)
    {
        static double Pct(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;
        var frames = results.SelectMany(r => r.FrameIssues).ToArray();
        var frameMs = results.SelectMany(r => r.FrameMs).ToArray();

        Console.WriteLine($"card-face OCR: {count} generated cards from seed {seed}; chip expiry cross-check: {(useChip ? "on" : "off")}; " +
            $"engines: PP-OCRv4 read, Tesseract confirms; {options.AgreeingFrames} agreeing frames, at most {options.MaxFrames}");
        Console.WriteLine("cards cycle: layout families Classic, Tight, Airy (tuning fonts), a held-out layout family (Stacked, Offset in turn), " +
            "held-out font families; geometry alternates every five cards: tray camera, hand-held; every 25th card a foreign resident's");
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
        var national = results.Where(r => r.Kind != CardKind.ForeignResident).ToArray();
        var foreign = results.Where(r => r.Kind == CardKind.ForeignResident).ToArray();
        Console.WriteLine();
        foreach (var family in Enum.GetValues<CardFaceLayoutFamily>())
        {
            Row($"layout {family}{(family.IsHeldOut() ? " (held out)" : "")}", national.Where(r => r.Family == family && r.Kind != CardKind.HeldOutFont));
        }

        Row("held-out font families", national.Where(r => r.Kind == CardKind.HeldOutFont));
        Row("tray camera", national.Where(r => r.Tray));
        Row("hand-held", national.Where(r => !r.Tray));
        Row("all national cards", national);
        Row("foreign residents' (must abstain)", foreign);
        Console.WriteLine();

        var answered = national.Where(r => r.Outcome.Ready).ToArray();
        int abstained = national.Length - answered.Length;
        foreach (var group in national.Where(r => !r.Outcome.Ready).GroupBy(r => r.Outcome.Issue).OrderByDescending(g => g.Count()))
        {
            Console.WriteLine($"  abstained: {CardFaceIssueText.Describe(group.Key),-45} {group.Count(),5}");
        }

        var cardMs = results.Select(r => r.FrameMs.Sum()).ToArray();
        Console.WriteLine($"  ms per frame p50 {Percentile.Of(frameMs, 50):F0}  p95 {Percentile.Of(frameMs, 95):F0}; per card p50 {Percentile.Of(cardMs, 50):F0}  p95 {Percentile.Of(cardMs, 95):F0}  (decode and read, {parallel} of {Environment.ProcessorCount} cores reading)");
        Console.WriteLine();

        int birth = answered.Count(r => r.Outcome.Fields!.BirthDate == r.Truth.BirthDate);
        int expiry = answered.Count(r => r.Outcome.Fields!.Expiry == r.Truth.Expiry);
        int code = answered.Count(r => r.Final == Verdict.Correct);
        var held = national.Where(r => r.Kind is CardKind.HeldOutFont or CardKind.HeldOutLayout).ToArray();
        var heldLayout = national.Where(r => r.Kind == CardKind.HeldOutLayout).ToArray();
        int wrong = results.Count(r => r.Final == Verdict.Wrong);
        Console.WriteLine($"ocr-eval birth_acc={Pct(birth, answered.Length):F2} expiry_acc={Pct(expiry, answered.Length):F2} code_acc={Pct(code, answered.Length):F2} " +
            $"abstain={Pct(abstained, national.Length):F2} wrong_codes={wrong} ms_p95={Percentile.Of(cardMs, 95):F0} " +
            $"single_frame_acc={Pct(national.Count(r => r.First == Verdict.Correct), national.Length):F2} heldout_acc={Pct(held.Count(r => r.Final == Verdict.Correct), held.Length):F2} " +
            $"heldout_layout_acc={Pct(heldLayout.Count(r => r.Final == Verdict.Correct), heldLayout.Length):F2} foreign_abstained={foreign.Count(r => r.Final == Verdict.Abstained)}/{foreign.Length}");
    }

    // HashCode.Combine is salted per process; frames must be the same in every run
    private static int FrameSeed(int cardSeed, int frame) => unchecked((cardSeed * 7919) + frame);

    private enum CardKind { Classic, Tight, Airy, HeldOutLayout, HeldOutFont, ForeignResident }

    private enum Verdict { Correct, Abstained, Wrong }

    private sealed record CardResult(
        CardKind Kind, CardFaceLayoutFamily Family, bool Tray, FontFace Face, Verdict First, Verdict Final, VerificationCodeBOutcome Outcome, CardFaceTruth Truth,
        List<double> FrameMs, List<CardFaceIssue> FrameIssues);
}
