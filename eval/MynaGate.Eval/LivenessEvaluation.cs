using MynaGate.Vision.Errors;
using MynaGate.Vision.Faces;
using MynaGate.Vision.Imaging;
using MynaGate.Vision.Models;

namespace MynaGate.Eval;

/// <summary>
/// ./mynagate eval liveness: P(real) on the vendor's three samples, then APCER/BPCER at the configured threshold
/// with the deepface photos as bona fide presentations and synthetic attacks made from them.
/// </summary>
internal static class LivenessEvaluation
{
    public static int Run(EvalArguments args)
    {
        string samples = args.Get("dataset", EvalArguments.Shared("datasets/liveness-samples"));
        string bonaFideDir = args.Get("bona-fide", EvalArguments.Shared("datasets/deepface-unit"));
        FaceEngineOptions options = FaceEngineOptions.Default();
        float threshold = options.Decision.LivenessThreshold;
        using FaceEngine engine = FaceEngine.Create(options, ModelDirectory.Resolve());

        Console.WriteLine($"vendor samples ({samples}); threshold P(real) >= {threshold}");
        Console.WriteLine($"{"file",-16} {"truth",-6} {"V2",8} {"V1SE",8} {"mean",8}  decision");
        foreach (string path in Directory.GetFiles(samples, "*.jpg").Order(StringComparer.Ordinal))
        {
            using VisionImage image = VisionImage.Decode(File.ReadAllBytes(path), ImageLimits.Default);
            DetectedFace? face = FaceEngine.ChooseFace(engine.Detect(image), image);
            string truth = Path.GetFileName(path).Contains("_T", StringComparison.Ordinal) ? "real" : "spoof";
            if (face is null)
            {
                Console.WriteLine($"{Path.GetFileName(path),-16} {truth,-6} no face");
                continue;
            }

            LivenessScore s = engine.Liveness(image, face);
            Console.WriteLine($"{Path.GetFileName(path),-16} {truth,-6} {s.RealV2,8:F4} {s.RealV1Se,8:F4} {s.Real,8:F4}  {(s.Real >= threshold ? "real" : "spoof")}");
        }

        var bonaFide = new List<float>();
        var attacks = SyntheticAttacks.Names.ToDictionary(n => n, _ => new List<float>());
        int seed = 0, undecodable = 0;
        Progress.Stage("liveness", "bona fide photos and synthetic attacks");
        foreach (string path in Directory.GetFiles(bonaFideDir, "img*.jpg").Order(StringComparer.Ordinal))
        {
            VisionImage image;
            try
            {
                image = VisionImage.Decode(File.ReadAllBytes(path), ImageLimits.Default);
            }
            catch (ImageDecodeException)
            {
                undecodable++; // deepface's img47.jpg is WebP behind a .jpg name
                continue;
            }

            using VisionImage frame = image;
            IReadOnlyList<DetectedFace> faces = engine.Detect(image);
            if (faces.Count != 1)
            {
                continue;
            }

            bonaFide.Add(engine.Liveness(image, faces[0]).Real);
            foreach (string attack in SyntheticAttacks.Names)
            {
                using VisionImage attacked = SyntheticAttacks.Make(image, attack, seed++);
                DetectedFace? face = FaceEngine.ChooseFace(engine.Detect(attacked), attacked);
                attacks[attack].Add(face is null ? 0f : engine.Liveness(attacked, face).Real);
            }
        }

        Console.WriteLine();
        Console.WriteLine($"bona fide: {bonaFide.Count} single-face photos from {bonaFideDir} ({undecodable} files not JPEG/PNG/JPEG 2000 skipped)");
        Console.WriteLine($"{"presentation",-32} {"count",6} {"error",8}  meaning");
        double bpcer = bonaFide.Count(s => s < threshold) / (double)Math.Max(1, bonaFide.Count);
        Console.WriteLine($"{"bona fide",-32} {bonaFide.Count,6} {FaceEvaluation.Pct(bpcer),8}  BPCER: real faces called spoof");
        foreach ((string name, List<float> scores) in attacks)
        {
            double apcer = scores.Count(s => s >= threshold) / (double)Math.Max(1, scores.Count);
            Console.WriteLine($"{"synthetic " + name,-32} {scores.Count,6} {FaceEvaluation.Pct(apcer),8}  APCER: attacks called real");
        }

        Console.WriteLine();
        Console.WriteLine("caveat: 3 vendor samples and 57 web photos are far too few to state a rate. The synthetic attacks only");
        Console.WriteLine("imitate pixel-level recapture effects; a high APCER on them says the models do not key on those effects");
        Console.WriteLine("alone (they learned bezels, paper edges, reflections), not what a real printed or replayed attack would score.");
        double worstApcer = attacks.Values.Max(s => s.Count(v => v >= threshold) / (double)Math.Max(1, s.Count));
        Console.WriteLine(FormattableString.Invariant($"liveness-eval bpcer={bpcer * 100:F1} apcer_max={worstApcer * 100:F1} bona_fide={bonaFide.Count}"));
        return 0;
    }
}
