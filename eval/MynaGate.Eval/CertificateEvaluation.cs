using System.Collections.Concurrent;
using System.Diagnostics;
using MynaGate.Card.Virtual.Personas;
using MynaGate.Certificates;
using MynaGate.Ocr.Certificates;
using MynaGate.Ocr.Synthetic;
using MynaGate.Ocr.Paddle;
using MynaGate.Ocr.Tesseract;
using MynaGate.Vision.Models;
using MynaGate.Vision.Imaging;

namespace MynaGate.Eval;

/// <summary>
/// ./mynagate eval certs: generated certificates of the four forms (in turn) photographed by the synthetic camera
/// and read once each, as in paper mode. A field counts as correct when its value equals the printed one; a field not
/// read counts as wrong. Confirmed fields (two models agreed) are scored apart, since the kiosk asks staff to check
/// the others.
/// </summary>
internal static class CertificateEvaluation
{
    public static int Run(EvalArguments args)
    {
        int count = args.GetInt("count", 200, 1, 100_000);
        int seed = args.GetInt("seed", 1, 0, int.MaxValue / 4);

        using var tuningFonts = SyntheticFonts.Load(FontSet.Tuning);
        using var heldOutFonts = SyntheticFonts.Load(FontSet.HeldOut);
        using var pool = new TesseractPool();
        using var paddle = PaddleTextRecognizer.Load(ModelDirectory.Resolve());
        var tuning = new CertificateRenderer(tuningFonts);
        var heldOut = new CertificateRenderer(heldOutFonts);
        var reader = new CertificateReader(pool, paddle);
        var today = PersonaGenerator.DefaultReferenceDate;
        var results = new ConcurrentBag<SheetResult>();

        Progress.Stage("certs", $"{count} certificates");
        int done = 0;
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            Progress.Step("certs", "certificates begun", ref done, count);
            int sheetSeed = seed + i;
            var form = (CertificateForm)(i % Enum.GetValues<CertificateForm>().Length);
            var truth = CertificateGenerator.Generate(form, sheetSeed, today);
            // every third sheet in a held-out family (the form cycle is five, so every form gets both)
            bool held = i % 3 == 2;
            using var page = (held ? heldOut : tuning).Render(truth, sheetSeed);
            var (jpeg, _) = SyntheticCamera.Capture(page, CameraEffects.Default, sheetSeed);
            var watch = Stopwatch.StartNew();
            using var image = VisionImage.Decode(jpeg, ImageLimits.Default);
            var reading = reader.Read(image);
            results.Add(new SheetResult(truth, reading, watch.Elapsed.TotalMilliseconds, held));
        });

        Print(results.ToArray(), count, seed);
        return 0;
    }

    private static void Print(SheetResult[] results, int count, int seed)
    {
        static double Pct(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;
        var scored = results.SelectMany(r => r.Truth.Values.Select(t => new FieldScore(r.Truth.Form, t.Key, t.Value, r.Reading[t.Key], r.HeldOut))).ToArray();

        Console.WriteLine($"certificate OCR: {count} generated certificates from seed {seed}, camera effects: default, one frame each; " +
            "every third sheet in a held-out font family; numbers and dates confirmed by PP-OCR and Tesseract, names and places by two Tesseract models");
        Console.WriteLine();
        Console.WriteLine($"{"form",-22} {"sheets",6} {"form ok",8} {"issue none",10}");
        foreach (var group in results.GroupBy(r => r.Truth.Form).OrderBy(g => g.Key))
        {
            Console.WriteLine($"{CertificateForms.Code(group.Key),-22} {group.Count(),6} {Pct(group.Count(r => r.Reading.Form == group.Key), group.Count()),7:F1}% {Pct(group.Count(r => r.Reading.Issue == CertificateIssue.None), group.Count()),9:F1}%");
        }

        Console.WriteLine();
        Console.WriteLine($"{"form",-10} {"field",-20} {"n",5} {"correct",8} {"missing",8} {"confirmed",9} {"conf. ok",9}");
        foreach (var group in scored.GroupBy(s => (s.Form, s.Kind)).OrderBy(g => g.Key.Form).ThenBy(g => g.Key.Kind))
        {
            var confirmed = group.Where(s => s.Read?.Confirmed == true).ToArray();
            Console.WriteLine($"{CertificateForms.Code(group.Key.Form),-10} {group.Key.Kind,-20} {group.Count(),5} {Pct(group.Count(s => s.Correct), group.Count()),7:F1}% {Pct(group.Count(s => s.Read is null), group.Count()),7:F1}% {Pct(confirmed.Length, group.Count()),8:F1}% {Pct(confirmed.Count(s => s.Correct), confirmed.Length),8:F1}%");
        }

        var numbers = scored.Where(s => CertificateText.IsNumber(s.Kind)).ToArray();
        var checkable = numbers.Where(s => s.Correct && s.Read!.Check != CheckDigitResult.NotApplicable).ToArray();
        var allConfirmed = scored.Where(s => s.Read?.Confirmed == true).ToArray();
        var ms = results.Select(r => r.Milliseconds).ToArray();
        Console.WriteLine();
        Console.WriteLine($"confirmed fields: {Pct(allConfirmed.Length, scored.Length):F1}% of all, {Pct(allConfirmed.Count(s => s.Correct), allConfirmed.Length):F2}% of them correct");
        Console.WriteLine($"check digits on correctly read numbers: {checkable.Count(s => s.Read!.Check == CheckDigitResult.Failed)} of {checkable.Length} flagged (printed with a wrong check digit by design: about {CertificateGenerator.BadCheckDigitRate:P0})");
        Console.WriteLine($"ms per certificate p50 {Percentile.Of(ms, 50):F0}  p95 {Percentile.Of(ms, 95):F0}  ({Environment.ProcessorCount} certificates in parallel)");
        foreach (var group in results.Where(r => r.Reading.Issue != CertificateIssue.None).GroupBy(r => r.Reading.Issue).OrderByDescending(g => g.Count()))
        {
            Console.WriteLine($"  {CertificateIssueText.Describe(group.Key),-50} {group.Count(),5}");
        }

        Console.WriteLine();
        void Summary(string name, FieldScore[] fields)
        {
            var sure = fields.Where(s => s.Read?.Confirmed == true).ToArray();
            var numbered = fields.Where(s => CertificateText.IsNumber(s.Kind)).ToArray();
            Console.WriteLine($"  {name,-16} fields {fields.Length,5}  correct {Pct(fields.Count(s => s.Correct), fields.Length),6:F2}%  numbers correct {Pct(numbered.Count(s => s.Correct), numbered.Length),6:F2}%  " +
                $"confirmed {Pct(sure.Length, fields.Length),5:F1}%, of them wrong {sure.Count(s => !s.Correct)}");
        }

        Summary("tuning fonts", [.. scored.Where(s => !s.HeldOut)]);
        Summary("held-out fonts", [.. scored.Where(s => s.HeldOut)]);
        var held = scored.Where(s => s.HeldOut).ToArray();
        var heldNumbers = held.Where(s => CertificateText.IsNumber(s.Kind)).ToArray();
        Console.WriteLine();
        Console.WriteLine($"cert-eval fields_acc={Pct(scored.Count(s => s.Correct), scored.Length):F2} numbers_acc={Pct(numbers.Count(s => s.Correct), numbers.Length):F2} ms_p95={Percentile.Of(ms, 95):F0} " +
            $"heldout_fields_acc={Pct(held.Count(s => s.Correct), held.Length):F2} heldout_numbers_acc={Pct(heldNumbers.Count(s => s.Correct), heldNumbers.Length):F2}");
    }

    private sealed record SheetResult(CertificateTruth Truth, CertificateReading Reading, double Milliseconds, bool HeldOut);

    private sealed record FieldScore(CertificateForm Form, CertificateFieldKind Kind, string Expected, CertificateField? Read, bool HeldOut)
    {
        public bool Correct => Read is not null && Read.Value == Expected;
    }
}
