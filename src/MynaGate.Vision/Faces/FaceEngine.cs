using System.Diagnostics;
using MynaGate.Vision.Errors;
using MynaGate.Vision.Imaging;

namespace MynaGate.Vision.Faces;

/// <summary>
/// detect → choose the face → quality → embed (mask from the embedding) → liveness → compare with the chip photo.
/// Not thread-safe: one engine per reader (the OpenCV networks keep per-call state).
/// </summary>
public sealed class FaceEngine : IDisposable
{
    // The chip photo is a small greyscale JPEG 2000 portrait; nothing legitimate comes near these limits.
    private static readonly ImageLimits ChipPhotoLimits = new(256 * 1024, 4_000_000);

    private readonly FaceDetector _detector;
    private readonly FaceRecognizer _recognizer;
    private readonly LivenessDetector _liveness;
    private readonly FaceQualityAssessor _quality;
    private readonly MaskClassifier _mask;

    private FaceEngine(FaceEngineOptions options, FaceDetector detector, FaceRecognizer recognizer, LivenessDetector liveness)
    {
        Options = options;
        _detector = detector;
        _recognizer = recognizer;
        _liveness = liveness;
        _quality = new FaceQualityAssessor(options.Quality);
        _mask = new MaskClassifier(recognizer.Descriptor.MaskClassifier);
    }

    public FaceEngineOptions Options { get; }

    public MatchThresholds Thresholds => _recognizer.Descriptor.Thresholds;

    public static FaceEngine Create(FaceEngineOptions options, string modelDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        RecognizerDescriptor descriptor = options.SelectedRecognizer;
        if (descriptor.IsResearchOnly && !options.AllowResearchOnlyRecognizer)
        {
            throw new FaceModelException($"recognizer {descriptor.Name} is licensed for research only and is not allowed by this configuration");
        }

        FaceDetector? detector = null;
        FaceRecognizer? recognizer = null;
        try
        {
            detector = FaceDetector.Create(options.DetectorModel, modelDirectory, options.Detector);
            recognizer = FaceRecognizer.Create(descriptor, modelDirectory);
            LivenessDetector liveness = LivenessDetector.Create(options.LivenessV2Model, options.LivenessV1SeModel, modelDirectory);
            return new FaceEngine(options, detector, recognizer, liveness);
        }
        catch
        {
            detector?.Dispose();
            recognizer?.Dispose();
            throw;
        }
    }

    /// <summary>Every face in the frame, highest detector score first.</summary>
    public IReadOnlyList<DetectedFace> Detect(VisionImage frame) => _detector.Detect(frame);

    /// <summary>Embeds the chip photo (greyscale JPEG 2000, container or codestream; JPEG and PNG also accepted).</summary>
    public ReferenceFace EnrolReference(ReadOnlySpan<byte> photo)
    {
        using VisionImage image = VisionImage.Decode(photo, ChipPhotoLimits, grey: true);
        return EnrolReference(image);
    }

    public ReferenceFace EnrolReference(VisionImage photo)
    {
        DetectedFace face = ChooseFace(_detector.Detect(photo), photo)
            ?? throw new FaceNotFoundException("no face found in the reference photo");
        // YuNet scores some flat images (an all-black photo) as a face at 0.8; a real face has contrast
        var box = System.Drawing.Rectangle.Intersect(System.Drawing.Rectangle.Round(face.Box), new System.Drawing.Rectangle(0, 0, photo.Width, photo.Height));
        if (box.Width < 3 || box.Height < 3 || photo.Stats(box).StdDev < Options.Quality.MinContrast)
        {
            throw new FaceNotFoundException("the reference photo's face region is flat: no usable face");
        }

        return Enrol(photo, face);
    }

    /// <summary>A face's reference: its embedding, and its aligned image for the masked embeddings made when needed.</summary>
    public ReferenceFace Enrol(VisionImage image, DetectedFace face)
    {
        VisionImage aligned = _recognizer.Align(image, face);
        try
        {
            return new ReferenceFace(_recognizer.Embed(aligned), aligned, _recognizer);
        }
        catch
        {
            aligned.Dispose();
            throw;
        }
    }

    /// <summary>A live face's embeddings (whole, mask probability and colour, visible part).</summary>
    public ProbeFace EmbedProbe(VisionImage frame, DetectedFace face) => EmbedProbe(frame, face, withVisiblePart: true);

    /// <summary>Analyses one live frame against the reference; stops after quality when the frame is unusable.</summary>
    public FrameAnalysis Analyse(VisionImage frame, ReferenceFace reference)
    {
        using FaceObservation observation = Observe(frame);
        return Analyse(observation, reference);
    }

    /// <summary>Detects, assesses and, for a usable frame, embeds and scores liveness: everything that does not depend on the reference.</summary>
    public FaceObservation Observe(VisionImage frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        long start = Stopwatch.GetTimestamp();
        DetectedFace? face = ChooseFace(_detector.Detect(frame), frame);
        double detectMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (face is null)
        {
            return new FaceObservation(null, null, null, null, new StageTimings(detectMs, 0, 0, 0));
        }

        start = Stopwatch.GetTimestamp();
        FaceQuality quality = _quality.Assess(frame, face);
        double qualityMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (!quality.IsGood)
        {
            return new FaceObservation(face, quality, null, null, new StageTimings(detectMs, qualityMs, 0, 0));
        }

        start = Stopwatch.GetTimestamp();
        ProbeFace probe = EmbedProbe(frame, face, withVisiblePart: false);
        double embedMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;

        start = Stopwatch.GetTimestamp();
        LivenessScore liveness = _liveness.Score(frame, face);
        double livenessMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return new FaceObservation(face, quality, probe, liveness, new StageTimings(detectMs, qualityMs, embedMs, livenessMs));
    }

    /// <summary>An observed frame compared with the reference, at the threshold of the condition the mask classifier sees.</summary>
    public FrameAnalysis Analyse(FaceObservation observation, ReferenceFace reference)
    {
        ArgumentNullException.ThrowIfNull(observation);
        ArgumentNullException.ThrowIfNull(reference);
        if (observation.Face is null)
        {
            return new FrameAnalysis(null, null, [QualityReason.NoFace], null, null, null, 0, observation.Timings);
        }

        if (observation.Probe is not { } probe)
        {
            return new FrameAnalysis(observation.Face, observation.Quality, observation.Quality!.Reasons, null, null, null, 0, observation.Timings);
        }

        MatchThresholds thresholds = Thresholds;
        bool masked = _mask.IsMasked(probe.MaskProbability);
        (float similarity, float threshold) = masked
            ? (probe.MaskedSimilarity(reference, thresholds.MaskedComparison), thresholds.Masked)
            : (probe.Whole.Similarity(reference.Whole), thresholds.Unmasked);
        // a compared frame still carries its advice, so the patient is guided while it counts
        IReadOnlyList<QualityReason> reasons = [.. masked ? [QualityReason.Masked] : Array.Empty<QualityReason>(), .. observation.Quality?.Advice ?? []];
        return new FrameAnalysis(observation.Face, observation.Quality, reasons, probe.MaskProbability,
            observation.Liveness, similarity, threshold, observation.Timings);
    }

    /// <summary>Liveness of a face alone (for evaluation and the toolbox).</summary>
    public LivenessScore Liveness(VisionImage frame, DetectedFace face) => _liveness.Score(frame, face);

    /// <summary>The largest face, preferring one near the centre: the patient stands in front of the camera.</summary>
    public static DetectedFace? ChooseFace(IReadOnlyList<DetectedFace> faces, VisionImage frame)
    {
        ArgumentNullException.ThrowIfNull(faces);
        ArgumentNullException.ThrowIfNull(frame);
        return faces.MaxBy(f =>
        {
            float dx = ((f.Box.X + (f.Box.Width / 2)) / frame.Width) - 0.5f;
            float dy = ((f.Box.Y + (f.Box.Height / 2)) / frame.Height) - 0.5f;
            return f.Box.Width * f.Box.Height * (1f - MathF.Min(0.9f, MathF.Sqrt((dx * dx) + (dy * dy))));
        });
    }

    public void Dispose()
    {
        _detector.Dispose();
        _recognizer.Dispose();
        _liveness.Dispose();
    }

    // The visible-part embedding is a second network run: made when asked for, or when a masked face will be
    // compared that way.
    private ProbeFace EmbedProbe(VisionImage frame, DetectedFace face, bool withVisiblePart)
    {
        using VisionImage aligned = _recognizer.Align(frame, face);
        FaceEmbedding whole = _recognizer.Embed(aligned);
        float maskProbability = _mask.Probability(whole);
        int colour = MaskPalette.Nearest(FaceRecognizer.LowerFaceColour(aligned));
        FaceEmbedding? visible = null;
        if (withVisiblePart || (_mask.IsMasked(maskProbability) && Thresholds.MaskedComparison == MaskedComparison.VisiblePart))
        {
            FaceRecognizer.CoverLowerFace(aligned, MaskPalette.Colours[colour]);
            visible = _recognizer.Embed(aligned);
        }

        return new ProbeFace(whole, maskProbability, colour, visible);
    }
}
