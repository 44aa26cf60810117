using MynaGate.Vision.Faces;

namespace MynaGate.Eval;

/// <summary>
/// One reference × probe pair scored one way: <see cref="Group"/> is the condition whose threshold applies (masked
/// or not, by whichever rule the caller gives), <see cref="Score"/> the similarity that condition's comparison gives.
/// A probe without a detected face scores <see cref="NoFace"/> and so fails every comparison.
/// </summary>
internal readonly record struct ScoredPair(Reference Reference, Probe Probe, bool Genuine, bool Group, float Score)
{
    public const float NoFace = -2f;

    /// <summary>Every pair of a chip reference with a face and a probe from another image, genuine and impostor.</summary>
    public static List<(Reference Reference, Probe Probe, bool Genuine)> AllPairs(IReadOnlyList<Probe> probes, IReadOnlyList<Reference> references) =>
        [.. from r in references
            where r.Faces is not null
            from p in probes
            where p.Image.Path != r.Image.Path
            select (r, p, p.Image.Identity == r.Image.Identity)];

    public static List<ScoredPair> ScoreAll(
        IEnumerable<(Reference Reference, Probe Probe, bool Genuine)> pairs, MaskedComparison comparison, Func<Probe, bool> maskedGroup) =>
        [.. pairs.Select(pair =>
        {
            bool group = maskedGroup(pair.Probe);
            ProbeFace? probe = pair.Probe.Faces;
            float score = probe is null ? NoFace
                : group ? probe.MaskedSimilarity(pair.Reference.Faces!, comparison)
                : probe.Whole.Similarity(pair.Reference.Faces!.Whole);
            return new ScoredPair(pair.Reference, pair.Probe, pair.Genuine, group, score);
        })];

    /// <summary>The lowest threshold with at most <paramref name="fmr"/> false matches on these pairs' impostors of one group.</summary>
    public static float ThresholdAtFmr(IEnumerable<ScoredPair> pairs, bool group, double fmr) =>
        new ErrorRates([], [.. pairs.Where(s => !s.Genuine && s.Group == group).Select(s => s.Score)]).ThresholdAtFmr(fmr);

    public bool Accepted(float unmaskedThreshold, float maskedThreshold) => Score >= (Group ? maskedThreshold : unmaskedThreshold);
}
