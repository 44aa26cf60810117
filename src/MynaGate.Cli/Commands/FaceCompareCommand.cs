using MynaGate.Site.Commands;
using MynaGate.Vision.Faces;
using MynaGate.Vision.Models;

namespace MynaGate.Cli.Commands;

/// <summary>
/// <c>mynagate face compare REFERENCE PROBE</c>: what the face engine makes of one live frame against a reference
/// photo, with the figures behind the decision — for a support call about faces that are not accepted.
/// </summary>
public static class FaceCompareCommand
{
    public const string Help = """
        usage: mynagate face compare REFERENCE PROBE [--json]
          REFERENCE  the chip photo (JPEG 2000, as read from the card) or any JPEG/PNG of the holder
          PROBE      a camera frame (JPEG/PNG)
          Prints the faces found in the probe, its quality (or what is wrong: too far, too dark, turned…), the mask
          probability, liveness (P(real) against its threshold), the similarity against the threshold for the
          probe's condition (masked or not) and the decision for this one frame. The reader decides on several frames.
          --json     one JSON object: reference_face, probe_faces, quality, mask_probability, masked, liveness,
                     liveness_threshold, live, similarity, threshold, decision, reason
          exit code: 0 the frame matches and looks live, 1 otherwise, 2 bad usage
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        if (Arguments.ForCommand(args, Help, output, operands: true, []) is not { } arguments) return 0;
        if (arguments.Operands.Count != 2) throw new UsageException("face compare needs a REFERENCE and a PROBE image");
        var report = new Report(output, arguments.Has("--json"));
        int code = Compare(arguments.Operands[0], arguments.Operands[1], report);
        report.Flush();
        return code;
    }

    private static int Compare(string referenceFile, string probeFile, Report report)
    {
        var options = FaceEngineOptions.Default();
        float livenessThreshold = options.Decision.LivenessThreshold;
        using var referenceImage = ImageFiles.TryLoad(referenceFile, out string? problem, grey: true);
        if (referenceImage is null) return Refused(report, livenessThreshold, $"reference: {problem}");
        using var probe = ImageFiles.TryLoad(probeFile, out problem);
        if (probe is null) return Refused(report, livenessThreshold, $"probe: {problem}");

        using var engine = FaceEngine.Create(options, ModelDirectory.Resolve());
        ReferenceFace reference;
        try
        {
            reference = engine.EnrolReference(referenceImage);
        }
        catch (FaceNotFoundException)
        {
            return Refused(report, livenessThreshold, "no face found in the reference", referenceFace: false);
        }

        using (reference)
        {
            int faces = engine.Detect(probe).Count;
            var analysis = engine.Analyse(probe, reference);
            bool live = analysis.Liveness is { } l && l.Real >= livenessThreshold;
            string decision = analysis.Similarity is null ? "not compared" : analysis.Matches ? "match" : "no match";
            string? reason = analysis.Similarity is null ? "the probe frame is not good enough to compare"
                : !analysis.Matches ? "similarity below the threshold"
                : !live ? "the face does not look live (a photo or a screen?)"
                : null;
            report.Add(("reference_face", true), ("probe_faces", faces),
                ("quality", analysis.Quality is { IsGood: true } ? "good" : string.Join(",", analysis.Reasons)),
                ("mask_probability", Rounded(analysis.MaskProbability)), ("masked", analysis.IsMasked),
                ("liveness", Rounded(analysis.Liveness?.Real)), ("liveness_threshold", livenessThreshold), ("live", live),
                ("similarity", Rounded(analysis.Similarity)), ("threshold", analysis.Similarity is null ? null : MathF.Round(analysis.Threshold, 3)),
                ("decision", decision), ("reason", reason));
            return analysis.Matches && live ? 0 : 1;
        }
    }

    private static int Refused(Report report, float livenessThreshold, string reason, bool? referenceFace = null)
    {
        report.Add(("reference_face", referenceFace), ("probe_faces", null), ("quality", null), ("mask_probability", null), ("masked", null),
            ("liveness", null), ("liveness_threshold", livenessThreshold), ("live", null), ("similarity", null), ("threshold", null),
            ("decision", "not compared"), ("reason", reason));
        return 1;
    }

    private static float? Rounded(float? value) => value is { } v ? MathF.Round(v, 3) : null;
}
