using System.Diagnostics;
using System.Globalization;
using MynaGate.Vision.Faces;
using MynaGate.Vision.Imaging;
using MynaGate.Vision.Models;

namespace MynaGate.Eval;

/// <summary>
/// ./mynagate eval face: the card scenario on each MFR2-layout folder given. Each bare-face image becomes a chip photo
/// (greyscale, JPEG 2000, decoded by the engine's chip-photo path); every other image of everyone is a live probe,
/// placed in a 640×480 camera frame. All genuine and impostor pairs. The mask classifier is judged by
/// leave-one-identity-out cross-validation and the policies use its (held-out) decisions, not the labels. Thresholds
/// are reported three ways: fitted on the set itself (the best case), cross-validated over identities (what to
/// expect on new people; these are what --update-config ships), and the engine's shipped configuration, one frame at
/// a time and as the reader decides over several frames.
/// </summary>
internal static class FaceEvaluation
{
    private const int FrameWidth = 640;
    private const int FrameHeight = 480;
    private const int ChipPhotoRate = 250; // JPEG 2000 rate ×1000: about 6 KB per 160×160 portrait, like a chip photo
    private const int ChipPhotoSide = 160; // a larger source is shrunk to this on its longer side: the chip's photo is small
    private const int DefaultFramesPerSecond = 15; // the reader's camera default (Reader:FaceCamera:FramesPerSecond)

    /// <summary>The development sets evaluated when no --dataset is given: both, each reported on its own, then pooled.</summary>
    private static readonly string[] DevelopmentSets = ["mfr2-dev", "rof-dev"];

    public static int Run(EvalArguments args)
    {
        IReadOnlyList<string> given = args.GetAll("dataset");
        // read before any image is, so a bad value fails at once
        double framesPerSecond = args.GetInt("fps", DefaultFramesPerSecond, 1, 60);
        var datasets = (given.Count > 0 ? given : DevelopmentSets).Select(DatasetFolder)
            .Select(folder => (Name: Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))), Images: Mfr2Dataset.Load(folder)))
            .ToList();

        var lastLines = new List<string>();
        foreach (var (name, images) in datasets)
        {
            // with several datasets, each is reported on its own and the thresholds are fitted on them pooled
            lastLines.AddRange(RunDataset(name, images, args, framesPerSecond, mayUpdateConfig: datasets.Count == 1));
        }

        if (datasets.Count > 1)
        {
            // the people of every set together, each named by set so no two sets share an identity; thresholds
            // cross-validated over all of them (what --update-config ships)
            lastLines.AddRange(RunDataset(string.Join('+', datasets.Select(d => d.Name)),
                [.. datasets.SelectMany(d => d.Images.Select(i => i with { Identity = $"{d.Name}/{i.Identity}" }))], args, framesPerSecond, mayUpdateConfig: true));
        }

        // every dataset's summary together at the end, where scripts read them
        foreach (string line in lastLines)
        {
            Console.WriteLine(line);
        }

        return 0;
    }

    /// <summary>A folder, or the name of a dataset in ../shared/datasets.</summary>
    private static string DatasetFolder(string given) =>
        Directory.Exists(given) ? given : EvalArguments.Shared(Path.Combine("datasets", given)) is var shared && Directory.Exists(shared) ? shared
            : throw new ArgumentException($"--dataset {given}: no such folder, nor a dataset of that name in ../shared/datasets");

    /// <returns>The dataset's summary lines: face-eval, face-eval-shipped and face-eval-attempts of the shipped recognizer.</returns>
    private static IEnumerable<string> RunDataset(
        string name, IReadOnlyList<Mfr2Image> images, EvalArguments args, double framesPerSecond, bool mayUpdateConfig)
    {
        string models = ModelDirectory.Resolve();
        // --engine FILE measures another engine configuration (quality limits, decision rule) than the shipped one
        FaceEngineOptions defaults = args.Has("engine") ? FaceEngineOptions.Load(args.Get("engine", string.Empty)) : FaceEngineOptions.Default();
        // the shipped default first, then every other described recognizer whose model is here: a side-by-side
        string[] names = args.Has("recognizer")
            ? [args.Get("recognizer", string.Empty)]
            : [.. defaults.Recognizers.OrderBy(r => r.Name != defaults.Recognizer).Where(r => File.Exists(Path.Combine(models, r.Model.File))).Select(r => r.Name)];
        var summaries = new List<RecognizerSummary>();
        foreach (string recognizer in names)
        {
            // a research-only recognizer is allowed here, where nothing is decided for a patient
            FaceEngineOptions options = WithFlip(defaults with { Recognizer = recognizer, AllowResearchOnlyRecognizer = true }, args);
            Progress.Stage("face", $"{name}, recognizer {recognizer}: {images.Count} images");
            summaries.Add(RunOne(name, images, options, models, args, framesPerSecond, mayUpdateConfig));
            Console.WriteLine();
        }

        Console.WriteLine($"{"side by side (" + name + ")",-36} {"licence",-14} {"held-out FNMR unm./mask",24} {"shipped 1 frame unm./mask/FMR",31} {"reader: masked, lowered: matched",28} {"frame p95 ms",13}");
        foreach (RecognizerSummary r in summaries)
        {
            Console.WriteLine($"{r.Name,-36} {r.Licence,-14} {Pct(r.HeldOut.UnmaskedFnmr) + " / " + Pct(r.HeldOut.MaskedFnmr),24} " +
                $"{Pct(r.Single.UnmaskedFnmr) + " / " + Pct(r.Single.MaskedFnmr) + " / " + PctFine(r.Single.Fmr),31} {Pct(r.Attempts.MaskedLoweredMatched),28} {r.FrameP95,13:F0}");
        }

        Console.WriteLine();

        RecognizerSummary first = summaries[0];
        return
        [
            FormattableString.Invariant(
                $"face-eval dataset={name} unmasked_fnmr={first.Fitted.UnmaskedFnmr * 100:F1} masked_fnmr={first.Fitted.MaskedFnmr * 100:F1} fmr=0.1 frame_ms_p95={first.FrameP95:F0}"),
            FormattableString.Invariant(
                $"face-eval-shipped dataset={name} recognizer={first.Name} unmasked_fnmr={first.Single.UnmaskedFnmr * 100:F1} masked_fnmr={first.Single.MaskedFnmr * 100:F1} fmr={first.Single.Fmr * 100:F2} pairs={first.Single.Pairs}"),
            FormattableString.Invariant(
                $"face-eval-attempts dataset={name} bare_matched={first.Attempts.BareMatched * 100:F1} masked_lowered_matched={first.Attempts.MaskedLoweredMatched * 100:F1} impostor_accepted={first.Attempts.ImpostorAccepted * 100:F2} attempts={first.Attempts.Count}"),
            FormattableString.Invariant(
                $"face-eval-rule dataset={name} target_fmr={first.Rule.TargetFmr * 100:0.###} frames={first.Rule.Policy.FramesToDecide} budget_ms={first.Rule.Policy.BudgetMilliseconds} heldout_bare_matched={first.RuleHeldOut.BareMatched * 100:F1} heldout_masked_lowered_matched={first.RuleHeldOut.MaskedLoweredMatched * 100:F1} heldout_impostor_accepted={first.RuleHeldOut.ImpostorAccepted * 100:F2} wait_p50_s={first.WaitP50Seconds:F1} wait_p95_s={first.WaitP95Seconds:F1} attempts={first.RuleHeldOut.Count}"),
        ];
    }

    private static RecognizerSummary RunOne(string dataset, IReadOnlyList<Mfr2Image> images, FaceEngineOptions options, string models, EvalArguments args,
        double framesPerSecond, bool mayUpdateConfig)
    {
        Console.WriteLine($"== recognizer {options.SelectedRecognizer.Name}: licence {options.SelectedRecognizer.Licence}, training data {options.SelectedRecognizer.TrainingData}, runtime {options.SelectedRecognizer.Runtime}" +
            (options.SelectedRecognizer.IsResearchOnly ? " (research only: measured here, never a clinic's default)" : string.Empty));
        using FaceEngine engine = FaceEngine.Create(options, models);

        var probes = new List<Probe>();
        var observed = new List<ObservedImage>();
        var references = new List<Reference>();
        var frameMs = new List<double>();
        var stage = new Dictionary<string, List<double>> { ["detect"] = [], ["quality"] = [], ["embed"] = [], ["liveness"] = [] };
        int chipBytes = 0, poorQuality = 0;
        var qualityAssessor = new FaceQualityAssessor(options.Quality);

        // Chip references first, so each probe's frame can be timed against its own person's reference.
        Progress.Stage("face", "chip references");
        foreach (Mfr2Image image in images.Where(i => !i.Masked))
        {
            using VisionImage photo = VisionImage.Decode(File.ReadAllBytes(image.Path), ImageLimits.Default);
            byte[] chip = ChipPhoto(photo);
            chipBytes += chip.Length;
            try
            {
                references.Add(new Reference(image, engine.EnrolReference(chip)));
            }
            catch (FaceNotFoundException)
            {
                references.Add(new Reference(image, null));
            }
        }

        Progress.Stage("face", "live probes");
        foreach (Mfr2Image image in images)
        {
            using VisionImage photo = VisionImage.Decode(File.ReadAllBytes(image.Path), ImageLimits.Default);
            using VisionImage frame = CameraFrame(photo);
            DetectedFace? face = FaceEngine.ChooseFace(engine.Detect(frame), frame);
            probes.Add(new Probe(image, face is null ? null : engine.EmbedProbe(frame, face)));
            observed.Add(new ObservedImage(image, engine.Observe(frame)));
            if (face is not null && !qualityAssessor.Assess(frame, face).IsGood)
            {
                poorQuality++;
            }

            // the engine's whole per-frame pipeline, timed on frames that run every stage
            ReferenceFace? own = references.FirstOrDefault(r => r.Image.Identity == image.Identity && r.Faces is not null)?.Faces;
            if (own is null)
            {
                continue;
            }

            long start = Stopwatch.GetTimestamp();
            FrameAnalysis analysis = engine.Analyse(frame, own);
            double total = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (analysis.Similarity is not null)
            {
                frameMs.Add(total);
                stage["detect"].Add(analysis.Timings.Detect);
                stage["quality"].Add(analysis.Timings.Quality);
                stage["embed"].Add(analysis.Timings.Embed);
                stage["liveness"].Add(analysis.Timings.Liveness);
            }
        }

        Console.WriteLine($"dataset {dataset}: {images.Select(i => i.Identity).Distinct().Count()} identities, {images.Count} images " +
            $"({images.Count(i => i.Masked)} masked); {references.Count} chip references (mean {chipBytes / Math.Max(1, references.Count)} bytes JPEG 2000), " +
            $"{probes.Count} probes in {FrameWidth}x{FrameHeight} frames");
        Console.WriteLine($"not detected: {probes.Count(p => p.Faces is null)} probes, {references.Count(r => r.Faces is null)} references; " +
            $"probes the quality checks would hold back: {poorQuality}");
        PrintGuidance(observed);
        Console.WriteLine();

        MaskResults mask = MaskClassification.CrossValidate(probes);
        Console.WriteLine($"mask detection (logistic regression on the embedding, leave-one-identity-out): accuracy {Pct(mask.Accuracy)} " +
            $"({mask.Correct}/{mask.Total}); masked recall {Pct(mask.MaskedRecall)}, bare-face recall {Pct(mask.BareRecall)}");
        Console.WriteLine();

        Console.WriteLine("thresholds fitted on this very set (the best case, not what ships):");
        PolicyTable table = PolicyTable.Compute(probes, references, mask.HeldOutMasked);
        table.Print();
        PolicyRow fitted = table.Best;
        Console.WriteLine();

        // the multi-frame rule first: its FMR is the one the shipped thresholds are fitted at
        var analyses = new ReplayedAnalyses(engine);
        IReadOnlyList<DecisionRule> candidates = DecisionRuleSelection.Candidates(options.Decision);
        IReadOnlyList<RuleScore> ruleScores = DecisionRuleSelection.Score(analyses, observed, references, [.. images.Select(i => i.Identity)], candidates, framesPerSecond);
        RuleScore rule = DecisionRuleSelection.Choose(ruleScores);
        DecisionRuleSelection.Print(ruleScores, rule, framesPerSecond);
        Console.WriteLine();

        double targetFmr = rule.Rule.TargetFmr;
        IReadOnlyList<CrossValidatedRow> crossValidated = ThresholdCrossValidation.Run(probes, references, mask.HeldOutMasked, targetFmr);
        ThresholdCrossValidation.Print(crossValidated, targetFmr);
        CrossValidatedRow chosen = ThresholdCrossValidation.Best(crossValidated);
        Console.WriteLine($"chosen: masked probes compared by {chosen.Comparison} (lowest held-out masked FNMR); fitted on all identities: " +
            $"unmasked {chosen.UnmaskedThreshold:F4}, masked {chosen.MaskedThreshold:F4}");
        Console.WriteLine();

        Console.WriteLine("per-frame pipeline (full-pipeline frames, ms)   p50      p95");
        foreach ((string name, List<double> values) in stage)
        {
            Console.WriteLine($"  {name,-44} {Percentile.Of(values, 50),7:F1}  {Percentile.Of(values, 95),7:F1}");
        }

        double frameP95 = Percentile.Of(frameMs, 95);
        Console.WriteLine($"  {"whole frame (" + frameMs.Count + " frames)",-44} {Percentile.Of(frameMs, 50),7:F1}  {frameP95,7:F1}");
        Console.WriteLine();

        MatchThresholds shipped = options.SelectedRecognizer.Thresholds;
        Console.WriteLine($"shipped in the engine's configuration: {options.SelectedRecognizer.Name}, masked probes compared by {shipped.MaskedComparison}, " +
            $"thresholds unmasked {shipped.Unmasked:F4}, masked {shipped.Masked:F4}, its own mask classifier");
        ShippedRates single = ShippedSingleImage.Measure(engine, observed, references);
        Console.WriteLine($"one frame, as the engine compares it: unmasked FNMR {Pct(single.UnmaskedFnmr)} ({single.GenuineUnmasked} pairs), " +
            $"masked FNMR {Pct(single.MaskedFnmr)} ({single.GenuineMasked}), FMR {PctFine(single.Fmr)} ({single.Impostors} impostor pairs)");
        QualityGateAblation.Print(engine, observed, probes, references);
        IReadOnlyList<AttemptRow> attempts = ReaderAttempts.Run(observed, references, analyses.Analyse, options.Decision, shipped.Unmasked, framesPerSecond);
        ReaderAttempts.Print("as the reader decides (FaceDecision by the shipped rule and thresholds; an attempt's frames are the person's other images in turn):",
            attempts, framesPerSecond);
        Console.WriteLine();
        (IReadOnlyList<AttemptRow> nested, IReadOnlyList<DecisionRule> nestedRules) =
            DecisionRuleSelection.Nested(analyses, observed, references, candidates, framesPerSecond);
        ReaderAttempts.Print("as the reader decides, rule and thresholds chosen without the people counted (each fold's people by the rule chosen " +
            "on the others' and at thresholds fitted on them):", nested, framesPerSecond);
        Console.WriteLine("  rule chosen per fold: " + string.Join("; ", nestedRules));
        AttemptSummary heldOut = AttemptSummary.Of(nested);

        if (args.Has("update-config") && mayUpdateConfig)
        {
            string path = args.Get("update-config", string.Empty);
            UpdateConfig(path, options, chosen, rule.Rule, mask, FormattableString.Invariant(
                $"./mynagate eval face on {dataset}: {chosen.Comparison}, thresholds at FMR {targetFmr:P2} fitted on all identities, rule {rule.Rule}; held out over {ThresholdCrossValidation.Folds} identity folds FNMR unmasked {chosen.UnmaskedFnmr:P1} masked {chosen.MaskedFnmr:P1} FMR {chosen.Fmr:P2}; mask detection {mask.Accuracy:P1} (leave-one-identity-out); attempts by rule and thresholds chosen without their people (nested): bare matched {heldOut.BareMatched:P1}, masked then lowered {heldOut.MaskedLoweredMatched:P1}, impostors accepted {heldOut.ImpostorAccepted:P2}"));
            Console.WriteLine($"configuration updated: {path} (the shipped figures above are of the configuration before the update)");
        }

        foreach (ObservedImage image in observed)
        {
            image.Observation.Dispose();
        }

        return new RecognizerSummary(options.SelectedRecognizer.Name, options.SelectedRecognizer.Licence, fitted, chosen, single,
            AttemptSummary.Of(attempts), rule.Rule, heldOut, Percentile.Of(ReaderAttempts.GenuineFrames(nested), 50) / framesPerSecond,
            Percentile.Of(ReaderAttempts.GenuineFrames(nested), 95) / framesPerSecond, frameP95);
    }

    // the kiosk's Guide_* text each held-back probe would show the patient at the camera, by reason (a probe can have
    // several); out of all probes, bare and masked apart
    private static void PrintGuidance(IReadOnlyList<ObservedImage> observed)
    {
        Console.WriteLine("guidance the patient would see (probes held back, by reason, and advice on compared probes; one probe can show several):");
        Console.WriteLine($"  {"reason",-14} {"bare",12} {"masked",12}");
        int bare = observed.Count(o => !o.Image.Masked), masked = observed.Count(o => o.Image.Masked);
        var held = observed.Where(o => o.Observation.Face is not null && o.Observation.Quality is { IsGood: false }).ToList();
        foreach (QualityReason reason in held.SelectMany(o => o.Observation.Quality!.Reasons).Distinct().Order())
        {
            int b = held.Count(o => !o.Image.Masked && o.Observation.Quality!.Reasons.Contains(reason));
            int m = held.Count(o => o.Image.Masked && o.Observation.Quality!.Reasons.Contains(reason));
            Console.WriteLine($"  {reason,-14} {$"{b} ({Pct(b / (double)Math.Max(1, bare))})",12} {$"{m} ({Pct(m / (double)Math.Max(1, masked))})",12}");
        }

        // guidance that holds nothing back: the frame is compared while the patient is asked
        var advised = observed.Where(o => o.Observation.Quality is { Advice.Count: > 0 }).ToList();
        foreach (QualityReason reason in advised.SelectMany(o => o.Observation.Quality!.Advice).Distinct().Order())
        {
            int b = advised.Count(o => !o.Image.Masked && o.Observation.Quality!.Advice.Contains(reason));
            int m = advised.Count(o => o.Image.Masked && o.Observation.Quality!.Advice.Contains(reason));
            Console.WriteLine($"  {reason + " (advice)",-14} {$"{b} ({Pct(b / (double)Math.Max(1, bare))})",12} {$"{m} ({Pct(m / (double)Math.Max(1, masked))})",12}");
        }

        int noFaceBare = observed.Count(o => !o.Image.Masked && o.Observation.Face is null);
        int noFaceMasked = observed.Count(o => o.Image.Masked && o.Observation.Face is null);
        Console.WriteLine($"  {"NoFace",-14} {$"{noFaceBare} ({Pct(noFaceBare / (double)Math.Max(1, bare))})",12} {$"{noFaceMasked} ({Pct(noFaceMasked / (double)Math.Max(1, masked))})",12}");
    }

    internal static string Pct(double v) => double.IsNaN(v) ? "n/a" : (v * 100).ToString("F1", CultureInfo.InvariantCulture) + " %";

    private static string PctFine(double v) => double.IsNaN(v) ? "n/a" : (v * 100).ToString("F2", CultureInfo.InvariantCulture) + " %";

    /// <summary>
    /// The probe photo in the middle of a 640×480 frame (borders replicated): a kiosk camera's view at arm's length. A
    /// photo larger than the frame is shrunk to fit it first, as a camera shows the whole of a face before it: a web
    /// photo of 900 pixels would otherwise be cut to its middle.
    /// </summary>
    private static VisionImage CameraFrame(VisionImage photo)
    {
        using VisionImage? shrunk = ShrunkToFit(photo, Math.Min(FrameWidth / (double)photo.Width, FrameHeight / (double)photo.Height));
        VisionImage shown = shrunk ?? photo;
        double[] matrix = [1, 0, (FrameWidth - shown.Width) / 2.0, 0, 1, (FrameHeight - shown.Height) / 2.0];
        return shown.WarpAffine(matrix, FrameWidth, FrameHeight);
    }

    // --flip on|off overrides the recognizer's test-time flip for this run, so both can be measured on the same data
    private static FaceEngineOptions WithFlip(FaceEngineOptions options, EvalArguments args)
    {
        if (!args.Has("flip"))
        {
            return options;
        }

        bool flip = args.Get("flip", string.Empty) switch
        {
            "on" => true,
            "off" => false,
            var other => throw new ArgumentException($"--flip takes on or off, not '{other}'"),
        };
        RecognizerDescriptor selected = options.SelectedRecognizer with { FlipAugmentation = flip };
        return options with { Recognizers = [.. options.Recognizers.Select(r => r.Name == selected.Name ? selected : r)] };
    }

    private static byte[] ChipPhoto(VisionImage photo)
    {
        using VisionImage? shrunk = ShrunkToFit(photo, ChipPhotoSide / (double)Math.Max(photo.Width, photo.Height));
        using VisionImage grey = (shrunk ?? photo).ToGrey();
        return grey.Encode(ImageFormat.Jpeg2000, ChipPhotoRate);
    }

    // the photo scaled by fit when that shrinks it (pixel area), or null when it already fits
    private static VisionImage? ShrunkToFit(VisionImage photo, double fit) => fit >= 1.0 ? null
        : photo.Resize(Math.Max(1, (int)(photo.Width * fit)), Math.Max(1, (int)(photo.Height * fit)));

    private static void UpdateConfig(string path, FaceEngineOptions options, CrossValidatedRow chosen, DecisionRule rule, MaskResults mask, string evaluation)
    {
        RecognizerDescriptor current = options.SelectedRecognizer;
        RecognizerDescriptor updated = current with
        {
            Thresholds = current.Thresholds with
            {
                Unmasked = chosen.UnmaskedThreshold, Masked = chosen.MaskedThreshold, TargetFmr = (float)rule.TargetFmr, MaskedComparison = chosen.Comparison,
            },
            MaskClassifier = mask.FittedOnAll,
            Evaluation = evaluation,
        };
        // only the evaluated recognizer's descriptor changes: the file keeps the recognizer it selects
        FaceEngineOptions file = FaceEngineOptions.Load(path);
        FaceEngineOptions next = file with
        {
            Recognizers = [.. file.Recognizers.Select(r => r.Name == current.Name ? updated : r)],
            // the rule is the engine's, not a recognizer's: only the recognizer the file selects sets it
            Decision = file.Recognizer == current.Name ? rule.Policy : file.Decision,
        };
        File.WriteAllText(path, next.ToJson() + Environment.NewLine);
    }
}

/// <summary>One recognizer's figures for the side-by-side table.</summary>
internal sealed record RecognizerSummary(
    string Name, string Licence, PolicyRow Fitted, CrossValidatedRow HeldOut, ShippedRates Single, AttemptSummary Attempts,
    DecisionRule Rule, AttemptSummary RuleHeldOut, double WaitP50Seconds, double WaitP95Seconds, double FrameP95);

/// <summary>
/// The reader's attempts in three figures: genuine bare-faced ones matched, genuine masked ones matched once lowered,
/// and impostor ones (bare, or masked then lowered) matched; over that many attempts.
/// </summary>
internal sealed record AttemptSummary(double BareMatched, double MaskedLoweredMatched, double ImpostorAccepted, int Count)
{
    public static AttemptSummary Of(IReadOnlyList<AttemptRow> rows)
    {
        AttemptRow? Row(string name) => rows.FirstOrDefault(r => r.Name == name);
        double Matched(AttemptRow? row) => row?.Share(FaceVerificationOutcome.Matched) ?? double.NaN;
        AttemptRow?[] impostors = [Row("impostor, bare face"), Row("impostor, masked then lowered")];
        int impostorCount = impostors.Sum(r => r?.Count ?? 0);
        double impostorMatched = impostors.Sum(r => r is null ? 0 : r.Outcomes.GetValueOrDefault(FaceVerificationOutcome.Matched));
        AttemptRow?[] counted = [Row("genuine, bare face"), Row("genuine, masked then lowered"), .. impostors];
        return new AttemptSummary(Matched(Row("genuine, bare face")), Matched(Row("genuine, masked then lowered")),
            impostorCount == 0 ? double.NaN : impostorMatched / impostorCount, counted.Sum(r => r?.Count ?? 0));
    }
}

/// <summary>A live probe: its label and its two embeddings (null when no face was found).</summary>
internal sealed record Probe(Mfr2Image Image, ProbeFace? Faces);

/// <summary>A chip-photo reference made from a bare-face image (null embeddings when no face was found).</summary>
internal sealed record Reference(Mfr2Image Image, ReferenceFace? Faces);
